using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Analyses;

/// <summary>
/// The record over time on a real store (SQLite and PostgreSQL): laws with dates in force and successors, legal
/// clarity as of a date, and treaty status with the recommendations that asked to join.
/// </summary>
public class LawOverTimeTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task The_bundled_export_has_the_2025_cybersecurity_law_replacing_the_2018_law_and_treaty_statuses_all_sourced_with_urls(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        var export = Json((await Cli.OkAsync("export", "--format", "json", "--db", store.Db)).Out);

        var instruments = export.GetProperty("legalInstruments").EnumerateArray().ToDictionary(i => i.GetProperty("key").GetString()!);
        var urls = export.GetProperty("sources").EnumerateArray().Where(s => s.TryGetProperty("url", out _)).Select(s => s.GetProperty("key").GetString()).ToHashSet();
        var law2025 = instruments.Values.Single(i => i.GetProperty("title").GetString()!.Contains("116/2025/QH15"));
        Assert.Equal("2026-07-01", law2025.GetProperty("inForceFrom").GetString());
        var law2018 = instruments.Values.Single(i => i.TryGetProperty("replacedBy", out var by) && by.GetString() == law2025.GetProperty("key").GetString()
            && i.GetProperty("year").GetInt32() == 2018);
        Assert.Equal("2026-06-30", law2018.GetProperty("inForceUntil").GetString());
        var statuses = export.GetProperty("treatyStatuses").EnumerateArray().Where(s => s.GetProperty("party").GetString() == "vn").ToList();
        Assert.Contains(statuses, s => s.GetProperty("treaty").GetString() is { } t && instruments[t].GetProperty("aliases").EnumerateArray().Any(a => a.GetString() == "ICCPR")
            && s.GetProperty("bound").GetString() == "1982-09-24");
        foreach (var record in new[] { law2025, law2018 }.Concat(statuses))
            Assert.Contains(record.GetProperty("citations").EnumerateArray(), c => urls.Contains(c.GetProperty("source").GetString()));
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Legal_clarity_as_of_two_dates_reads_two_versions_of_the_law_and_carries_old_charges_to_the_successor(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        string[] Keys(JsonElement result) => result.GetProperty("provisions").EnumerateArray().Select(p => p.GetProperty("key").GetString()!).ToArray();

        var before = Json((await Cli.OkAsync("analyze", "legal", "--as-of", "2025-01-01", "--json", "--db", store.Db)).Out);
        var after = Json((await Cli.OkAsync("analyze", "legal", "--as-of", "2026-12-01", "--json", "--db", store.Db)).Out);

        await using var db = store.Open();
        var cyber = await db.Provisions.Include(p => p.Instrument).Where(p => p.Instrument.Title.Contains("Cybersecurity")).ToListAsync();
        Assert.Contains(Keys(before), k => cyber.Any(p => p.Key == k && p.Instrument.Year == 2018));
        Assert.DoesNotContain(Keys(before), k => cyber.Any(p => p.Key == k && p.Instrument.Year == 2025));
        Assert.Contains(Keys(after), k => cyber.Any(p => p.Key == k && p.Instrument.Year == 2025));
        Assert.DoesNotContain(Keys(after), k => cyber.Any(p => p.Key == k && p.Instrument.Year == 2018));

        // A case sentenced under the 1999 Code's Article 88 is counted against the article that continues it.
        var art88 = await db.Provisions.Include(p => p.Successors).SingleAsync(p => p.Instrument.Year == 1999 && p.Label == "Article 88");
        var charged = await db.Cases.Where(c => c.Charges.Any(p => p.Id == art88.Id)).Select(c => c.PersonName).ToListAsync();
        Assert.NotEmpty(charged);
        var successor = after.GetProperty("provisions").EnumerateArray().Single(p => art88.Successors.Any(s => s.Key == p.GetProperty("key").GetString()));
        Assert.Equal("Article 117", successor.GetProperty("label").GetString());
        Assert.Superset(charged.ToHashSet(), successor.GetProperty("cases").EnumerateArray().Select(c => c.GetString()!).ToHashSet());
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Treaty_status_reads_the_date_asked_and_a_new_recommendation_to_ratify_shows_until_the_party_is_bound(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        JsonElement Treaty(JsonElement result, string alias) => result.GetProperty("treaties").EnumerateArray()
            .Single(t => t.GetProperty("aliases").EnumerateArray().Any(a => a.GetString() == alias));

        var in2014 = Json((await Cli.OkAsync("analyze", "treaties", "--party", "vn", "--as-of", "2014-06-01", "--json", "--db", store.Db)).Out);
        var in2016 = Json((await Cli.OkAsync("analyze", "treaties", "--party", "vn", "--as-of", "2016-06-01", "--json", "--db", store.Db)).Out);
        Assert.Equal("not-party", Treaty(in2014, "CAT").GetProperty("participation").GetString());
        Assert.Equal("ratified", Treaty(in2016, "CAT").GetProperty("participation").GetString());

        var file = store.File("ask.json");
        await File.WriteAllTextAsync(file, """
            {"format": "parley", "version": 1, "recommendations": [
              {"key": "test-ratify-c87", "text": "Ratify ILO Convention No. 87 without delay", "response": "accepted", "from": "us", "to": "vn", "date": "2025-05-01"},
              {"key": "test-not-an-ask", "text": "Continue dialogue on freedom of association", "response": "accepted", "from": "us", "to": "vn", "date": "2025-05-01"}]}
            """);
        await Cli.OkAsync("import", file, "--db", store.Db);
        var asked = Treaty(Json((await Cli.OkAsync("analyze", "treaties", "--party", "vn", "--as-of", "2026-01-01", "--json", "--db", store.Db)).Out), "C87");
        var ask = asked.GetProperty("asks").EnumerateArray().Single(a => a.GetProperty("recommendationKey").GetString()!.StartsWith("test-", StringComparison.Ordinal));
        Assert.Equal("test-ratify-c87", ask.GetProperty("recommendationKey").GetString());
        Assert.False(ask.GetProperty("actedOn").GetBoolean());

        await using (var db = store.Open())
        {
            var status = await db.TreatyStatuses.SingleAsync(s => s.Party.Key == "vn" && s.Treaty.Aliases.Contains("C87"));
            status.Participation = TreatyParticipation.Ratified;
            status.Bound = PartialDate.Parse("2025-11-20");
            await db.SaveChangesAsync();
        }
        var ratified = Treaty(Json((await Cli.OkAsync("analyze", "treaties", "--party", "vn", "--as-of", "2026-01-01", "--json", "--db", store.Db)).Out), "C87");
        Assert.Equal("ratified", ratified.GetProperty("participation").GetString());
        Assert.True(ratified.GetProperty("asks").EnumerateArray().Single(a => a.GetProperty("recommendationKey").GetString() == "test-ratify-c87").GetProperty("actedOn").GetBoolean());
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Law_changes_since_the_last_round_list_the_new_cybersecurity_law_and_the_amended_article(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        // The period starts at the channel's latest round held on or before its end, read from the store.
        await using var db = store.Open();
        var rounds = await db.Rounds.AsNoTracking().Include(r => r.Channel).Where(r => r.Channel.Key == "human-rights" && r.Status == RoundStatus.Held).ToListAsync();
        var last = rounds.Where(r => r.Date is { } d && d.Earliest <= new DateOnly(2026, 12, 1)).MaxBy(r => r.Date!.Value.Earliest)!;

        var result = Json((await Cli.OkAsync("analyze", "law-changes", "--channel", "human-rights", "--until", "2026-12-01", "--party", "vn", "--json", "--db", store.Db)).Out);

        Assert.Equal(last.Title, result.GetProperty("sinceRound").GetString());
        var changes = result.GetProperty("changes").EnumerateArray()
            .Select(c => (Key: c.GetProperty("key").GetString(), What: c.GetProperty("what").GetString(), On: c.GetProperty("on").GetString())).ToList();
        Assert.Contains(("vn-cybersecurity-law-2025", "entered into force", "2026-07-01"), changes);
        Assert.Contains(("vn-cybersecurity-law-2018", "ceased to be in force", "2026-06-30"), changes);
        Assert.Contains(("vn-cc-art-109-2025", "entered into force", "2025-07-01"), changes);

        // Before the new law existed nothing of it is listed; a period that ends before it starts is refused.
        var earlier = Json((await Cli.OkAsync("analyze", "law-changes", "--since", "2020-01-01", "--until", "2024-12-31", "--json", "--db", store.Db)).Out);
        Assert.DoesNotContain(earlier.GetProperty("changes").EnumerateArray(), c => c.GetProperty("key").GetString() == "vn-cybersecurity-law-2025");
        var refused = await Cli.RunAsync("analyze", "law-changes", "--since", "2026-01-01", "--until", "2025-01-01", "--db", store.Db);
        Assert.NotEqual(0, refused.Exit);
        Assert.Contains("not before its end", refused.Error);
    }
}
