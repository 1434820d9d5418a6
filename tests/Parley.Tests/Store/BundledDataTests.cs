using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Store;
using Parley.Tests.Support;

namespace Parley.Tests.Store;

/// <summary>The bundled U.S.–Vietnam data set holds what the seeds describe, each fact sourced to them.</summary>
public sealed class BundledDataTests
{
    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Both_dialogue_channels_are_there_with_their_start_years(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        await using var db = store.Open();
        var channels = await db.Channels.ToDictionaryAsync(c => c.Key, c => c.StartYear);
        Assert.Equal(1996, channels["human-rights"]);
        Assert.Equal(2000, channels["labor"]);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Institution_powers_match_what_the_seeds_say_each_can_and_cannot_do(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        await using var db = store.Open();
        var powers = (await db.Institutions.Include(i => i.Powers).ToListAsync())
            .ToDictionary(i => i.Key, i => i.Powers.Select(p => p.Power).ToHashSet());

        Assert.Equal([Power.Negotiate], powers["vn-mfa"]);
        Assert.Contains(Power.Propose, powers["vn-molisa"]);
        Assert.DoesNotContain(Power.Approve, powers["vn-molisa"]);
        Assert.Contains(Power.Approve, powers["vn-national-assembly"]);
        Assert.Contains(Power.Endorse, powers["vn-politburo"]);
        Assert.Contains(Power.Execute, powers["vn-mps"]);
        Assert.True(powers.ContainsKey("vn-task-force-47"));
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task The_Human_Rights_Dialogue_delegation_is_Foreign_Affairs_without_Public_Security(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        await using var db = store.Open();
        var round = await db.Rounds.Include(r => r.Delegates).ThenInclude(d => d.Institution).SingleAsync(r => r.Key == "human-rights-next");
        var seated = round.Delegates.Select(d => d.Institution.Key).ToList();
        Assert.Contains("vn-mfa", seated);
        Assert.DoesNotContain("vn-mps", seated);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task The_criminal_code_articles_carry_their_vague_terms(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        await using var db = store.Open();
        var provisions = await db.Provisions.ToDictionaryAsync(p => p.Key, p => p.VagueTerms);
        Assert.Contains(provisions["vn-cc-art-331"], t => t.Contains("abusing democratic freedoms", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(provisions["vn-cc-art-109"], t => t.Contains("serious consequences", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(provisions["vn-cc-art-117"], t => t.Contains("those who prepare to commit", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(provisions["vn-decree-53-content-removal"], t => t.Contains("toxic content", StringComparison.OrdinalIgnoreCase));
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task The_laws_the_seeds_name_are_all_there(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        await using var db = store.Open();
        var titles = await db.LegalInstruments.Select(i => i.Title + " " + i.Year).ToListAsync();
        foreach (var expected in new[] { "Cybersecurity", "Decree 53", "Directive 24", "Labor Code" })
            Assert.Contains(titles, t => t.Contains(expected, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(titles, t => t.Contains("Cybersecurity") && t.Contains("2018"));
        Assert.Contains(titles, t => t.Contains("Labor Code") && t.Contains("2019"));
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task The_two_arrested_activists_are_there_with_their_arrest_years_and_issue_areas(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        await using var db = store.Open();
        var cases = await db.Cases.Include(c => c.Events).Include(c => c.IssueAreas).ToDictionaryAsync(c => c.Key);
        Assert.Equal("2023", cases["hoang-thi-minh-hong"].Events.Single(e => e.Kind == CaseEventKind.Arrest).Date.ToString());
        Assert.Equal("2024", cases["nguyen-van-binh"].Events.Single(e => e.Kind == CaseEventKind.Arrest).Date.ToString());
        Assert.Contains(cases["hoang-thi-minh-hong"].IssueAreas, a => a.Key == "environment");
        Assert.Contains(cases["nguyen-van-binh"].IssueAreas, a => a.Key == "labour-rights");
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task The_ABA_programme_runs_since_2009_on_the_topics_the_seed_lists(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        await using var db = store.Open();
        var programme = await db.Programmes.Include(p => p.Implementer).SingleAsync(p => p.Key == "aba-rule-of-law-vietnam");
        Assert.Equal(2009, programme.StartYear);
        Assert.Equal("us-aba", programme.Implementer!.Key);
        Assert.Contains(programme.Topics, t => t.Contains("anti-corruption"));
        Assert.Contains(programme.Topics, t => t.Contains("money laundering"));
        Assert.Contains(programme.Topics, t => t.Contains("wildlife trafficking"));
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task The_TPP_withdrawal_by_the_United_States_lapsed_the_labour_commitments_that_depend_on_it(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        await using var db = store.Open();
        var tpp = await db.Frameworks.Include(f => f.Events).ThenInclude(e => e.Party).SingleAsync(f => f.Key == "tpp");
        Assert.Contains(tpp.Events, e => e.Kind == FrameworkEventKind.Withdrawal && e.Party?.Key == "us");

        var labour = await db.Commitments.Include(c => c.Frameworks).Include(c => c.History).Include(c => c.IssueAreas)
            .SingleAsync(c => c.Key == "tpp-labour-consistency-plan");
        Assert.Contains(labour.Frameworks, f => f.Key == "tpp");
        Assert.Contains(labour.IssueAreas, a => a.Key == "labour-rights");
        Assert.Equal(CommitmentStatus.Lapsed, labour.History.OrderBy(h => h.Date?.ToString()).Last().Status);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task The_frameworks_the_seeds_name_are_there(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        await using var db = store.Open();
        var keys = await db.Frameworks.Select(f => f.Key).ToListAsync();
        Assert.Superset(new HashSet<string> { "tpp", "evfta", "uncat", "un-hrc", "market-economy-status", "csp-2023", "eu-us-cyber-coordination" }, keys.ToHashSet());
        var laborCode = await db.Commitments.Include(c => c.Frameworks).SingleAsync(c => c.Key == "evfta-labor-code-2019");
        Assert.Contains(laborCode.Frameworks, f => f.Key == "evfta");
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task The_2023_joint_statement_commitment_is_neither_concrete_nor_binding(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        await using var db = store.Open();
        var csp = await db.Commitments.SingleAsync(c => c.Key == "csp-2023-human-rights-cooperation");
        Assert.Equal(BindingInstrument.JointStatement, csp.Instrument);
        Assert.Null(csp.OwnerInstitutionId);
        Assert.Null(csp.Deadline);
        Assert.Empty(csp.Steps);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task The_recommendations_of_both_seeds_are_there(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        await using var db = store.Open();
        var recommendations = await db.Recommendations.Include(r => r.Citations).ThenInclude(c => c.Source).ToListAsync();
        Assert.True(recommendations.Count >= 10);
        Assert.Contains(recommendations, r => r.Citations.Any(c => c.Source.Key == "seed-csis-2024"));
        Assert.Contains(recommendations, r => r.Citations.Any(c => c.Source.Key == "seed-ipp-2021"));
        Assert.Contains(recommendations, r => r.Text.Contains("Public Security"));
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Every_record_is_sourced(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        await using var db = store.Open();
        var run = await Cli.OkAsync("stats", "--db", store.Db);
        Assert.Matches(@"(?m)^total\s+\d+\s+0\s*$", run.Out);
    }

    [Fact]
    public async Task Every_quote_cited_from_a_seed_is_found_word_for_word_in_that_seed()
    {
        var seeds = new Dictionary<string, string>
        {
            ["seed-csis-2024"] = Normalise(await File.ReadAllTextAsync(SharedFolder.Path("seeds", "000_7415fd16c2cbe9de.txt"))),
            ["seed-ipp-2021"] = Normalise(await File.ReadAllTextAsync(SharedFolder.Path("seeds", "001_1ce286273602b3f4.txt"))),
        };
        var json = System.Text.Json.JsonDocument.Parse(BundledData.Read());
        var checkedQuotes = 0;
        foreach (var citation in Citations(json.RootElement))
        {
            if (!seeds.TryGetValue(citation.Source, out var seed) || citation.Locator is null) continue;
            Assert.True(seed.Contains(Normalise(citation.Locator), StringComparison.Ordinal), $"not in {citation.Source}: {citation.Locator}");
            checkedQuotes++;
        }
        Assert.True(checkedQuotes > 100, $"only {checkedQuotes} quotes checked");
    }

    /// <summary>Seed 001 was extracted from a two-column PDF: words are hyphenated across lines.</summary>
    private static string Normalise(string text) =>
        Regex.Replace(Regex.Replace(text, @"-\s*\n\s*", ""), @"\s+", " ").Replace('’', '\'').Replace('“', '"').Replace('”', '"').Trim();

    private static IEnumerable<(string Source, string? Locator)> Citations(System.Text.Json.JsonElement element)
    {
        if (element.ValueKind == System.Text.Json.JsonValueKind.Object)
        {
            if (element.TryGetProperty("source", out var source) && source.ValueKind == System.Text.Json.JsonValueKind.String)
                yield return (source.GetString()!, element.TryGetProperty("locator", out var l) ? l.GetString() : null);
            foreach (var property in element.EnumerateObject())
                foreach (var c in Citations(property.Value)) yield return c;
        }
        else if (element.ValueKind == System.Text.Json.JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var c in Citations(item)) yield return c;
        }
    }
}
