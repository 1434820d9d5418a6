using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Briefings;

public sealed class BriefCommandTests : IAsyncLifetime
{
    private static readonly string[] CaseNames = ["Hoàng Thị Minh Hồng", "Hoang Thi Minh Hong", "Nguyễn Văn Bình", "Nguyen Van Binh"];
    private readonly TempStore _store = new();

    public async Task InitializeAsync() => await Cli.OkAsync("init", "--db", _store.Path);

    public Task DisposeAsync()
    {
        _store.Dispose();
        return Task.CompletedTask;
    }

    private async Task<string> BriefAsync(params string[] args) =>
        (await Cli.OkAsync(["brief", "--db", _store.Path, .. args])).Out;

    [Fact]
    public async Task The_Human_Rights_Dialogue_briefing_names_both_arrested_activists_and_cites_its_sources()
    {
        var md = await BriefAsync("--channel", "human-rights");

        Assert.Contains("Hoàng Thị Minh Hồng", md);
        Assert.Contains("Nguyễn Văn Bình", md);
        Assert.Contains("SENSITIVE", md);
        Assert.Contains("## 10. Sources", md);
        Assert.Contains("Rethinking Human Rights", md);
        Assert.Matches(@"\| Nguyễn Văn Bình .*\[\d+\] \|", md);
        // Hoang Thi Minh Hong was pardoned and freed in September 2024: she is evidence, no longer a case to raise.
        var toRaise = md[md.IndexOf("## 5. Cases to raise", StringComparison.Ordinal)..md.IndexOf("## 6.", StringComparison.Ordinal)];
        Assert.DoesNotContain("Hoàng Thị Minh Hồng", toRaise);
        Assert.Matches(@"sentence of Hoàng Thị Minh Hồng \(2023-09-28\)", md);
    }

    [Fact]
    public async Task The_Human_Rights_Dialogue_briefing_names_the_institutions_missing_from_the_table_and_the_open_commitments()
    {
        var md = await BriefAsync("--channel", "human-rights");

        var invite = md[md.IndexOf("### Invite", StringComparison.Ordinal)..md.IndexOf("## 4.", StringComparison.Ordinal)];
        Assert.Contains("Ministry of Public Security", invite);
        Assert.Contains("National Assembly", invite);
        Assert.Contains("Politburo", invite);
        Assert.DoesNotContain("Ministry of Foreign Affairs", invite);
        var commitments = md[md.IndexOf("## 4.", StringComparison.Ordinal)..md.IndexOf("## 5.", StringComparison.Ordinal)];
        Assert.Contains("Further cooperation to protect human rights", commitments);
        Assert.Contains("owner, steps, deadline, indicator, verification, binding instrument", commitments);
    }

    [Fact]
    public async Task Seating_Public_Security_at_the_table_takes_it_off_the_invitation_list()
    {
        var file = _store.File("round.json");
        await File.WriteAllTextAsync(file, """
            {"format":"parley","version":1,
             "rounds":[{"key":"hrd-with-mps","channel":"human-rights","title":"Round with Public Security","status":"planned","date":"2027",
                        "delegates":[{"institution":"vn-mfa","role":"head"},{"institution":"vn-mps","role":"member"}],
                        "agenda":[{"issueArea":"detention-due-process"}]}]}
            """);
        await Cli.OkAsync("import", file, "--db", _store.Path);

        var md = await BriefAsync("--channel", "human-rights", "--round", "hrd-with-mps", "--sections", "3");

        var invite = md[md.IndexOf("### Invite", StringComparison.Ordinal)..md.IndexOf("## 10.", StringComparison.Ordinal)];
        Assert.DoesNotContain("Ministry of Public Security", invite);
        Assert.Contains("National Assembly", invite);
    }

    [Fact]
    public async Task Labour_recommendations_Vietnam_accepted_in_the_UPR_stand_beside_the_Labor_Dialogue_commitments()
    {
        var file = _store.File("upr.csv");
        await File.WriteAllTextAsync(file,
            "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\r" +
            "Viet Nam,Asia,ASEAN,Ratify ILO Convention 87 on freedom of association,Sweden,WEOG,EU,Accepted,5,Labour,5\r" +
            "Viet Nam,Asia,ASEAN,Abolish the death penalty,Norway,WEOG,,Noted,5,Death penalty,5\r");
        await Cli.OkAsync("import", file, "--db", _store.Path);

        var md = await BriefAsync("--channel", "labor", "--sections", "4");

        Assert.Contains("Vietnam accepted 1 recommendation(s) through UPR.", md);
        Assert.Contains("Ratify ILO Convention 87", md);
        Assert.DoesNotContain("death penalty", md);
    }

    [Fact]
    public async Task Releasing_a_person_takes_the_case_off_the_briefing()
    {
        var file = _store.File("release.json");
        await File.WriteAllTextAsync(file, """
            {"format":"parley","version":1,
             "cases":[{"key":"released-person","personName":"Trần Thị Released","status":"released","issueAreas":["detention-due-process"]},
                      {"key":"held-person","personName":"Lê Văn Held","status":"detained","issueAreas":["detention-due-process"]}]}
            """);
        await Cli.OkAsync("import", file, "--db", _store.Path);

        var md = await BriefAsync("--channel", "human-rights", "--sections", "cases");

        Assert.Contains("Lê Văn Held", md);
        Assert.DoesNotContain("Trần Thị Released", md);
    }

    [Theory]
    [InlineData("md")]
    [InlineData("html")]
    [InlineData("pdf")]
    public async Task Redacting_cases_removes_every_case_name_from_every_format(string format)
    {
        var file = _store.File($"briefing.{format}");
        await Cli.OkAsync("brief", "--db", _store.Path, "--channel", "human-rights", "--format", format, "--redact-cases", "--out", file);

        var text = format == "pdf" ? await PdfTextAsync(file) : await File.ReadAllTextAsync(file);

        Assert.Contains("2 open case(s)", text);
        foreach (var name in CaseNames) Assert.DoesNotContain(name, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("SENSITIVE", text);
    }

    [Fact]
    public async Task The_pdf_carries_the_same_sections_as_the_markdown_with_page_numbers()
    {
        var md = await BriefAsync("--channel", "human-rights");
        var pdf = _store.File("briefing.pdf");
        await Cli.OkAsync("brief", "--db", _store.Path, "--channel", "human-rights", "--format", "pdf", "--out", pdf);

        var text = await PdfTextAsync(pdf);

        var headings = md.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal) && char.IsDigit(l[3])).Select(l => l[3..].Trim()).ToList();
        Assert.True(headings.Count >= 5);
        foreach (var heading in headings) Assert.Contains(heading, text);
        Assert.Contains("Hoàng Thị Minh Hồng", text);
        Assert.Matches(@"Page 1 of \d+", text);
    }

    [Fact]
    public async Task A_Vietnamese_briefing_has_Vietnamese_headings_with_their_diacritics_in_the_pdf()
    {
        var pdf = _store.File("vi.pdf");
        await Cli.OkAsync("brief", "--db", _store.Path, "--channel", "labor", "--format", "pdf", "--lang", "vi", "--out", pdf);

        var text = await PdfTextAsync(pdf);

        Assert.Contains("Hướng dẫn ngôn từ", text);
        Assert.Contains("Mục lục", text);
    }

    [Fact]
    public async Task Choosing_sections_leaves_the_others_out_but_keeps_the_sources()
    {
        var md = await BriefAsync("--channel", "human-rights", "--sections", "2,wording");

        Assert.Contains("## 2. ", md);
        Assert.Contains("## 9. ", md);
        Assert.DoesNotContain("## 5. ", md);
        Assert.Contains("## 10. Sources", md);
    }

    [Fact]
    public async Task An_unknown_channel_is_an_error_listing_the_channels()
    {
        var run = await Cli.RunAsync("brief", "--db", _store.Path, "--channel", "trade");

        Assert.Equal(1, run.Exit);
        Assert.Contains("no channel matches 'trade'", run.Error);
        Assert.Contains("human-rights", run.Error);
    }

    [Fact]
    public async Task A_channel_can_be_named_by_a_fragment_of_its_name()
    {
        var md = await BriefAsync("--channel", "labor dialogue", "--sections", "2");

        Assert.Contains("Labor Dialogue", md);
    }

    /// <summary>The asks section: from its heading to the next numbered section.</summary>
    private static string AsksOf(string md) => md[md.IndexOf("## 1. ", StringComparison.Ordinal)..md.IndexOf("## 2. ", StringComparison.Ordinal)];

    [Fact]
    public async Task The_briefing_starts_with_the_asks_each_naming_an_institution_a_date_an_indicator_and_a_lever()
    {
        var md = await BriefAsync("--channel", "human-rights");

        var first = md.Split('\n').First(l => l.StartsWith("## ", StringComparison.Ordinal) && char.IsDigit(l[3]));
        Assert.Equal("## 1. What to ask for in this round", first.Trim());
        var asks = AsksOf(md);
        var items = asks.Split("\n### ").Skip(1).ToList();
        Assert.InRange(items.Count, 5, 10);
        foreach (var item in items)
        {
            Assert.Matches(@"- Ask: [A-Z][^\n]+ \((at|not at) the table\)", item);
            Assert.Matches(@"- By: \d{4}-\d{2}-\d{2}", item);
            Assert.Contains("- Indicator: ", item);
            Assert.Contains("- Lever: ", item);
            // Evidence sentences carry the footnotes of their own sources.
            Assert.Matches(@"\[\d+\]", item);
        }
        Assert.Contains("Ministry of Public Security", asks);
        Assert.Contains("National Assembly", asks);
    }

    [Fact]
    public async Task The_Vietnamese_briefing_gives_the_asks_in_Vietnamese()
    {
        var md = await BriefAsync("--channel", "human-rights", "--lang", "vi");

        var asks = AsksOf(md);
        Assert.Contains("## 1. Những đề nghị cần nêu tại vòng này", asks);
        Assert.Contains("- Đề nghị với: ", asks);
        Assert.Matches(@"- Thời hạn: \d{4}-\d{2}-\d{2}", asks);
        Assert.Contains("- Chỉ số: ", asks);
        Assert.Contains("- Đòn bẩy: ", asks);
        foreach (var english in new[] { "Ask:", "By:", "Indicator:", "Lever:", "Risk", "Score", "Include officials", "Review, and release", "Define " })
            Assert.DoesNotContain(english, asks);
    }

    [Fact]
    public async Task The_wider_edition_counts_the_people_behind_an_ask_without_naming_them()
    {
        var md = await BriefAsync("--channel", "human-rights", "--redact-cases");

        var asks = AsksOf(md);
        Assert.Contains("people (named in the restricted edition only)", asks);
        foreach (var name in new[] { "Phạm Chí Dũng", "Pham Chi Dung", "Nguyễn Văn Đài" }) Assert.DoesNotContain(name, md, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Phạm Chí Dũng", AsksOf(await BriefAsync("--channel", "human-rights")));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public async Task No_internal_word_reaches_the_reader_of_a_briefing(string language)
    {
        var md = await BriefAsync("--channel", "human-rights", "--lang", language);

        // The source papers are named by title and publisher; a quoted "could seed the change" is the source's own word.
        Assert.DoesNotMatch(@"(?i)\bseeds\b|seed-|\bseed 0\d\d|\bslug\b", md);
        Assert.Contains("Rethinking Human Rights", md);
    }

    [Fact]
    public async Task Every_recommendation_of_the_source_papers_is_in_what_was_promised_with_its_status_and_a_lapsed_plan_is_not_open()
    {
        await using var db = _store.Open();
        var advice = await db.Recommendations.AsNoTracking().Where(r => r.FromPartyId == null && r.Response != Parley.Domain.RecommendationResponse.Accepted)
            .Include(r => r.Citations).ThenInclude(c => c.Source).ToListAsync();
        Assert.NotEmpty(advice);

        var md = await BriefAsync("--channel", "human-rights", "--sections", "4");

        foreach (var r in advice) Assert.Matches($@"“{System.Text.RegularExpressions.Regex.Escape(r.Text)}” Status: [^\n]+\.", md);
        foreach (var source in advice.SelectMany(r => r.Citations).Select(c => c.Source).DistinctBy(s => s.Id))
            Assert.Contains($"{source.Title} ({source.Publisher}", md);
        var labor = await BriefAsync("--channel", "labor", "--sections", "4");
        var open = labor[labor.IndexOf("### Open commitments", StringComparison.Ordinal)..labor.IndexOf("### Lapsed", StringComparison.Ordinal)];
        Assert.DoesNotContain("TPP", open);
        Assert.Contains("TPP negotiation” (Vietnam) lapsed", labor);
    }

    /// <summary>Words the English edition writes itself (headings, labels, generated sentences), none of them stored text.</summary>
    private static readonly string[] EnglishFixed =
    [
        "Who holds it", "At the table", "no holder on record", "MISSING", "closes ", "Low-risk entry points", "Handle with care", "dangerous since",
        "would annul", "As of ", " recommends:", "Status:", "Open commitments", " held, ", "in force since", "dated pieces of evidence",
        "before the last round", "Prepared on", "Contents", "SENSITIVE", "None recorded", "Ask:", "Indicator:", "Lever:", "Score", "What the source papers",
        "no information on record", "Instead", "Terms to avoid", "Shared goals", "Raising cases", "Delegation", "Next round", "Last round", "Rounds so far",
        "Outcomes", "Technical assistance", "Vague terms", "Cases charged", "Charges", "Events", "Raised in", "not recorded", "(head)", "Agenda:",
        "sentence of", "arrest of", "Invite",
    ];

    [Fact]
    public async Task The_Vietnamese_edition_writes_none_of_the_English_editions_own_words_and_no_internal_word()
    {
        var en = await BriefAsync("--channel", "human-rights");
        var vi = await BriefAsync("--channel", "human-rights", "--lang", "vi");

        foreach (var phrase in EnglishFixed)
        {
            Assert.Contains(phrase, en);
            Assert.DoesNotContain(phrase, vi);
        }
        foreach (var heading in Parley.Features.Briefings.BriefingText.Vietnamese.Headings.Values) Assert.Contains(heading, vi);
        Assert.Contains("Tình trạng: chưa có thông tin trong hồ sơ.", vi);
        Assert.DoesNotMatch(@"\b(slug|hash|key)\b|(?i)\bseeds\b|seed-|\bseed 0\d\d", vi);
    }

    internal static async Task<string> PdfTextAsync(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext", [pdf, "-"]) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return text;
    }
}
