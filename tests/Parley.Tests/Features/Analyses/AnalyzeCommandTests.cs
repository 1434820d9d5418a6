using Microsoft.EntityFrameworkCore;
using System.Diagnostics;
using System.Text.Json;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Analyses;

/// <summary>`parley analyze ...` as a user runs it, in text and in JSON, on one bundled store.</summary>
public sealed class AnalyzeCommandTests : IClassFixture<AnalyzeCommandTests.BundledStore>
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

    private readonly string _db;
    private readonly TempStore _store;

    public AnalyzeCommandTests(BundledStore fixture) => (_db, _store) = (fixture.Store.Path, fixture.Store);

    private Task<Cli.Run> Ok(params string[] args) => Cli.OkAsync(["analyze", .. args, "--db", _db]);

    private async Task<JsonElement> Json(params string[] args)
    {
        var run = await Ok([.. args, "--json"]);
        return JsonDocument.Parse(run.Out).RootElement;
    }

    [Fact]
    public async Task Coverage_prints_the_missing_links_and_whom_to_invite()
    {
        var run = await Ok("coverage", "--channel", "Human Rights", "--delegation", "foreign affairs", "--agenda", "detention");

        Assert.Contains("Arbitrary detention and due process: 0 of 3 links covered", run.Out);
        Assert.Contains("MISSING   Ministry of Public Security (MPS)", run.Out);
        Assert.Contains("National Assembly [vn-national-assembly]: approve on Arbitrary detention and due process", run.Out);
    }

    [Fact]
    public async Task Coverage_json_gives_link_states_as_words()
    {
        var json = await Json("coverage", "--channel", "labor", "--round", "labor-next");

        var links = json.GetProperty("result").GetProperty("items")[0].GetProperty("links").EnumerateArray()
            .ToDictionary(l => l.GetProperty("power").GetString()!, l => l.GetProperty("state").GetString());
        Assert.Equal("covered", links["propose"]);
        Assert.Equal("missing", links["approve"]);
        Assert.Equal("missing", links["endorse"]);
        Assert.Equal("no-holder-on-record", links["execute"]);
    }

    [Fact]
    public async Task An_ambiguous_name_is_an_error_listing_the_candidates()
    {
        var run = await Cli.RunAsync("analyze", "coverage", "--channel", "dialogue", "--db", _db);

        Assert.Equal(1, run.Exit);
        Assert.Contains("'dialogue' names more than one channel", run.Error);
        Assert.Contains("human-rights (U.S.–Vietnam Human Rights Dialogue)", run.Error);
        Assert.Contains("labor (U.S.–Vietnam Labor Dialogue)", run.Error);
    }

    [Fact]
    public async Task An_unknown_name_is_an_error_listing_what_is_known()
    {
        var run = await Cli.RunAsync("analyze", "leverage", "--issue-area", "astronomy", "--db", _db);

        Assert.Equal(1, run.Exit);
        Assert.Contains("no issue area matches 'astronomy'", run.Error);
        Assert.Contains("labour-rights (Labour rights)", run.Error);
    }

    [Fact]
    public async Task Names_match_without_case_or_diacritics()
    {
        var run = await Ok("cascade", "--framework", "TRANS-PACIFIC", "--party", "united states");

        Assert.Contains("If United States leaves Trans-Pacific Partnership (TPP) on 2017-01-23 (the recorded withdrawal)", run.Out);
        Assert.Contains("[tpp-labour-consistency-plan]", run.Out);
    }

    [Fact]
    public async Task Cascade_json_lists_the_lapsed_commitments_and_a_bad_date_is_refused()
    {
        var json = await Json("cascade", "--framework", "tpp", "--party", "us", "--date", "2017-01-23");
        Assert.Equal("tpp-labour-consistency-plan", json.GetProperty("lapsed")[0].GetProperty("key").GetString());

        var before = await Ok("cascade", "--framework", "tpp", "--party", "United States", "--as-of", "2015-01-01");
        Assert.Contains("Nothing to annul.", before.Out);
        Assert.Contains("Trans-Pacific Partnership (TPP) on that date: not yet in existence (first event on record 2016-02-04)", before.Out);

        var bad = await Cli.RunAsync("analyze", "cascade", "--framework", "tpp", "--party", "us", "--date", "23/01/2017", "--db", _db);
        Assert.Equal(1, bad.Exit);
        Assert.Contains("--date", bad.Error);
    }

    [Fact]
    public async Task Leverage_prints_the_frameworks_for_an_area()
    {
        var run = await Ok("leverage", "--issue-area", "labour rights", "--as-of", "2026-01-01");
        Assert.Contains("In force:\n  EU–Vietnam Free Trade Agreement (EVFTA) [evfta] (trade-agreement; in force since 2020-08-01)", run.Out);
        Assert.Contains("Pending (proposed, negotiated or signed, not in force):\n  U.S. market economy status for Vietnam [market-economy-status] (status-decision; proposed (date not on record))", run.Out);
        Assert.Contains("Lost (withdrawn or never in force):\n  Trans-Pacific Partnership (TPP) [tpp] (trade-agreement; never in force (left 2017-01-23)", run.Out);

        var json = await Json("leverage", "--issue-area", "labour-rights");
        Assert.Equal(3, json.GetProperty("levers").GetArrayLength());
    }

    [Fact]
    public async Task Enforceability_prints_what_each_commitment_lacks_and_filters_by_party()
    {
        var run = await Ok("enforceability", "--party", "united states");
        Assert.Contains("[csp-2023-human-rights-cooperation-us]", run.Out);
        Assert.DoesNotContain("[tpp-labour-consistency-plan]", run.Out);
        Assert.Contains("lacks: owner, steps, deadline, indicator, verification, binding-instrument", run.Out);

        var json = await Json("enforceability");
        Assert.Equal(6, json.GetProperty("commitments").GetArrayLength());
    }

    [Fact]
    public async Task Risk_prints_entry_points_and_areas_turned_dangerous()
    {
        var run = await Ok("risk", "--year", "2024");
        Assert.Contains("Also low risk, no programme yet: Economic rights, LGBTQ+ rights, Women's rights", run.Out);
        Assert.Contains("Anti-corruption (American Bar Association rule-of-law programme in Vietnam)", run.Out);
        Assert.Contains("Weights: arrest +3, charge +2", run.Out);
        var dangerous = run.Out.Split('\n').Single(l => l.StartsWith("Turned dangerous on their own evidence:", StringComparison.Ordinal));
        // Đặng Đình Bạch's 2021 charge (a documented case of the bundled record) is the area's first evidence.
        Assert.Contains("Environmental rights and advocacy (since 2021)", dangerous);
        Assert.Contains("Labour rights (since 2024)", dangerous);
        Assert.DoesNotContain("LGBTQ+", dangerous);

        var json = await Json("risk", "--year", "2024");
        Assert.Equal(5, json.GetProperty("entryPoints").GetArrayLength());
        Assert.Equal(3, json.GetProperty("lowRiskWithoutProgramme").GetArrayLength());
    }

    [Fact]
    public async Task Legal_ranks_the_criminal_code_articles()
    {
        var run = await Ok("legal", "--instrument", "bo luat hinh su");
        // Most documented cases are charged under Article 117, which puts it first.
        Assert.Contains("#1 Article 117", run.Out);
        Assert.Contains("\"those who prepare to commit\" (over-broad): recorded on the provision", run.Out);

        var json = await Json("legal");
        await using var db = _store.Open();
        Assert.Equal(await db.Provisions.CountAsync(), json.GetProperty("provisions").GetArrayLength());
    }

    [Fact]
    public async Task Framing_reads_a_file_and_reports_each_finding_with_its_line_and_column()
    {
        using var temp = new TempStore();
        var draft = temp.File("draft.txt");
        await File.WriteAllTextAsync(draft, "Dear colleagues,\na colour revolution is feared.\n");

        var run = await Ok("framing", draft);
        Assert.Contains("Verdict: reword 1 term; add reassurance", run.Out);
        Assert.Contains("2:3-19 \"colour revolution\" (confrontational, matches \"colour revolution\" en)", run.Out);
        Assert.Contains("Reassurance: ABSENT", run.Out);

        var json = await Json("framing", draft);
        Assert.Equal(19, json.GetProperty("findings")[0].GetProperty("start").GetInt32());
        Assert.False(json.GetProperty("reassurancePresent").GetBoolean());
    }

    [Fact]
    public async Task Framing_of_a_press_release_naming_a_detained_activist_says_to_raise_the_case_in_the_dialogue()
    {
        using var temp = new TempStore();
        var draft = temp.File("release.txt");
        await File.WriteAllTextAsync(draft, "The United States respects the political system of Viet Nam. We urge the release of Hoang Thi Minh Hong.\n");

        var release = await Ok("framing", draft, "--kind", "press-release");
        Assert.Contains("Verdict: raise 1 named case in the dialogue, not in public", release.Out);
        Assert.Contains("\"Hoang Thi Minh Hong\" (private-raising, public-case", release.Out);
        Assert.Contains("source: Rethinking Human Rights: How the United States Can Foster a Constructive Dialogue with Vietnam (Center for Strategic and International Studies", release.Out);

        var draftOnly = await Ok("framing", draft);
        Assert.Contains("Verdict: ready", draftOnly.Out);

        var bad = await Cli.RunAsync("analyze", "framing", draft, "--kind", "tweet", "--db", _db);
        Assert.NotEqual(0, bad.Exit);
        Assert.Contains("--kind: 'tweet' is not a statement kind", bad.Error);
    }

    [Fact]
    public async Task Framing_reads_standard_input_when_the_file_is_a_dash()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { typeof(ParleyCommandLine).Assembly.Location, "analyze", "framing", "-", "--json", "--db", _db }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync("Chúng tôi tôn trọng thể chế chính trị của Việt Nam.");
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.True(JsonDocument.Parse(output).RootElement.GetProperty("reassurancePresent").GetBoolean());
    }

    [Fact]
    public async Task A_missing_draft_file_is_a_one_line_error()
    {
        var run = await Cli.RunAsync("analyze", "framing", "/nonexistent/draft.txt", "--db", _db);

        Assert.Equal(1, run.Exit);
        Assert.Equal("parley: /nonexistent/draft.txt: no such file", run.Error.Trim());
    }
}
