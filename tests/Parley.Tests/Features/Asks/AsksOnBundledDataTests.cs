using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Analyses.Asks;
using Parley.Analyses.Records;
using Parley.Features.Analyses;
using Parley.Domain;
using Parley.Features.Asks;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Asks;

/// <summary>`parley asks` on the bundled data set, and the same asks when a record is added or changed.</summary>
public sealed class AsksOnBundledDataTests : IClassFixture<AsksOnBundledDataTests.BundledStore>
{
    public sealed class BundledStore : IAsyncLifetime
    {
        public TempStore Store { get; } = new();
        public Task InitializeAsync() => Cli.OkAsync("init", "--db", Store.Path);
        public Task DisposeAsync()
        {
            Store.Dispose();
            return Task.CompletedTask;
        }
    }

    private static readonly DateOnly On = new(2026, 12, 4);
    private readonly TempStore _store;

    public AsksOnBundledDataTests(BundledStore fixture) => _store = fixture.Store;

    private async Task<(RecordSnapshot Inputs, Round Round, List<Round> Rounds)> LoadAsync(string roundKey)
    {
        await using var db = _store.Open();
        var records = await RecordSnapshotQuery.LoadAsync(db);
        var round = records.Rounds.Single(r => r.Key == roundKey);
        return (records, round, records.Rounds.Where(r => r.ChannelId == round.ChannelId).ToList());
    }

    [Fact]
    public async Task Every_ask_for_the_next_human_rights_round_names_an_institution_a_date_an_indicator_and_cited_evidence()
    {
        var (inputs, round, rounds) = await LoadAsync("human-rights-next");
        var r = AsksQuery.Analyze(inputs, round.Channel, round, rounds, On);

        Assert.Equal("Vietnam", r.AddressedTo);
        Assert.NotEmpty(r.Asks);
        foreach (var a in r.Asks)
        {
            Assert.NotEqual("", a.Institution.Key);
            Assert.True(a.Deadline.Date > On, a.Key);
            Assert.False(string.IsNullOrWhiteSpace(a.Indicator));
            Assert.False(string.IsNullOrWhiteSpace(a.Verification));
            Assert.All(a.Evidence, e => Assert.NotEmpty(e.Citations));
        }
        // The Ministry of Public Security makes the arrests (a stored power) and has no seat: an ask to bring it.
        var invite = r.Asks.Single(a => a.Key == "invite:vn-mps");
        Assert.Equal("vn-mfa", invite.Institution.Key);
        Assert.Contains(invite.Evidence, e => e.Kind == "advice" && e.RecordKey == "rec-include-mps-and-party");
        // Every provision in force with vague wording on the agenda's areas has an ask to the institution that approves law.
        await using var db = _store.Open();
        var vague = await db.Provisions.AsNoTracking().Where(p => p.VagueTerms.Count > 0).Select(p => p.Key).ToListAsync();
        var clarify = r.Asks.Where(a => a.Kind == AskKind.ClarifyProvision).ToList();
        Assert.NotEmpty(clarify);
        Assert.All(clarify, a => Assert.Equal("vn-national-assembly", a.Institution.Key));
        Assert.Subset(vague.Select(k => $"clarify:{k}").ToHashSet(), clarify.Select(a => a.Key).ToHashSet());
    }

    [Fact]
    public async Task A_case_added_after_the_bundled_data_joins_its_ask_and_raises_its_evidence()
    {
        var (inputs, round, rounds) = await LoadAsync("human-rights-next");
        var before = AsksQuery.Analyze(inputs, round.Channel, round, rounds, On);
        var area = inputs.IssueAreas.Single(a => a.Key == "association-assembly");
        var added = new Case { Id = 99999, Key = "new-2026", PersonName = "Added Person", PartyId = inputs.Parties.Single(p => p.Key == "vn").Id,
            Status = CaseStatus.Detained, IssueAreas = [area], Events = [new CaseEvent { Kind = CaseEventKind.Arrest, Date = new PartialDate(2026, 3) }] };

        var after = AsksQuery.Analyze(inputs with { Cases = [.. inputs.Cases, added] }, round.Channel, round, rounds, On);

        Assert.DoesNotContain(before.Asks, a => a.Evidence.Any(e => e.RecordKey == "new-2026"));
        var ask = after.Asks.Single(a => a.Evidence.Any(e => e.RecordKey == "new-2026"));
        Assert.Equal(AskKind.ReviewCases, ask.Kind);
        Assert.Equal("vn-mps", ask.Institution.Key);
    }

    [Fact]
    public async Task Seating_the_ministry_of_public_security_drops_its_invitation_and_puts_the_case_asks_at_the_table()
    {
        var (inputs, round, rounds) = await LoadAsync("human-rights-next");
        var mps = inputs.Institutions.Single(i => i.Key == "vn-mps");
        var seated = new Round
        {
            Id = round.Id, Key = round.Key, Title = round.Title, Channel = round.Channel, ChannelId = round.ChannelId, Status = round.Status, Agenda = round.Agenda,
            Delegates = [.. round.Delegates, new DelegationMember { InstitutionId = mps.Id, Institution = mps, Role = DelegateRole.Member }],
        };

        var before = AsksQuery.Analyze(inputs, round.Channel, round, rounds, On);
        var after = AsksQuery.Analyze(inputs, round.Channel, seated, rounds, On);

        Assert.Contains(before.Asks, a => a.Key == "invite:vn-mps");
        Assert.DoesNotContain(after.Asks, a => a.Key == "invite:vn-mps");
        Assert.All(after.Asks.Where(a => a.Kind == AskKind.ReviewCases), a => Assert.True(a.Institution.AtTable));
        Assert.All(before.Asks.Where(a => a.Kind == AskKind.ReviewCases), a => Assert.False(a.Institution.AtTable));
    }

    [Fact]
    public async Task The_cli_prints_ranked_asks_with_the_parts_of_each_score_and_json_has_the_same_asks()
    {
        var text = await Cli.OkAsync("asks", "--round", "human-rights-next", "--date", "2026-12-04", "--db", _store.Path);
        Assert.Contains("asks for Next Human Rights Dialogue round on 2026-12-04, addressed to Vietnam", text.Out);
        Assert.Contains("#1 ", text.Out);
        Assert.Matches(@"score \d+\.\d: evidence \d\.\d\d × 35 \+ leverage \d\.\d\d × 25 \+ low risk \d\.\d\d × 20 \+ feasibility \d\.\d\d × 20", text.Out);
        Assert.Contains("who: Ministry of Foreign Affairs (negotiate), at the table", text.Out);

        var json = JsonDocument.Parse((await Cli.OkAsync("asks", "--round", "human-rights-next", "--date", "2026-12-04", "--json", "--db", _store.Path)).Out).RootElement;
        var asks = json.GetProperty("asks");
        Assert.True(asks.GetArrayLength() > 0);
        Assert.Equal(1, asks[0].GetProperty("rank").GetInt32());
        Assert.Equal("2026-12-04", json.GetProperty("date").GetString());
        Assert.False(string.IsNullOrEmpty(asks[0].GetProperty("institution").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task An_unknown_round_is_an_error_naming_it()
    {
        var run = await Cli.RunAsync("asks", "--round", "no-such-round", "--db", _store.Path);
        Assert.NotEqual(0, run.Exit);
        Assert.Contains("no round matches 'no-such-round'", run.Error);
    }
}
