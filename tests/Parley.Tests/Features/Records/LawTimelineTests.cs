using Parley.Tests.Support;

namespace Parley.Tests.Features.Records;

/// <summary>A law's and an article's page draw the versions around them: what replaced, amended or continued what, and when.</summary>
public class LawTimelineTests
{
    [Fact]
    public async Task A_law_page_draws_its_replacement_and_an_article_page_the_articles_it_continues()
    {
        await using var app = await RunningApp.StartAsync();

        var law = await app.PageAsync("/records/legal-instruments/vn-cybersecurity-law-2018");
        var section = law[law.IndexOf("Versions over time", StringComparison.Ordinal)..];
        Assert.Contains("<svg", section);
        Assert.Contains("role=\"img\"", section);
        // Both laws the 2025 law replaced, the 2025 law itself, and the 2018 law's dates, in the table as well as drawn.
        Assert.Contains("href=\"/records/legal-instruments/vn-cybersecurity-law-2025\"", section);
        Assert.Contains("href=\"/records/legal-instruments/vn-network-information-security-law-2015\"", section);
        Assert.Contains("2019-01-01 – 2026-06-30", section);
        Assert.Contains("2026-07-01 – in force", section);

        var article = await app.PageAsync("/records/provisions/vn-cc-1999-art-88");
        var versions = article[article.IndexOf("Versions over time", StringComparison.Ordinal)..];
        Assert.Contains("href=\"/records/provisions/vn-cc-art-117\"", versions);
        Assert.Contains("continued by", versions);

        // A law with no dates and nothing linked has no history to draw.
        var constitution = await app.PageAsync("/records/legal-instruments/vn-constitution");
        Assert.DoesNotContain("Versions over time", constitution);
    }

    [Fact]
    public async Task A_case_page_reads_each_charge_through_the_version_in_force_when_the_case_began_and_today()
    {
        await using var app = await RunningApp.StartAsync();

        // Charged under the 1999 Code's Article 88, arrested in 2020: the 2015 Code's Article 117 was in force then and is now.
        var trang = await app.PageAsync("/records/cases/pham-doan-trang");
        var charges = trang[trang.IndexOf("Charges over time", StringComparison.Ordinal)..];
        Assert.Contains("href=\"/records/provisions/vn-cc-1999-art-88\"", charges);
        Assert.Contains("href=\"/records/provisions/vn-cc-art-117\"", charges);
        Assert.Contains("on 2020-10-06 (arrest)", charges);

        // Article 79 of 1999, sentenced in 2018: Article 109 then, and Article 109 as amended in 2025 now.
        var luong = await app.PageAsync("/records/cases/le-dinh-luong");
        var row = luong[luong.IndexOf("Charges over time", StringComparison.Ordinal)..];
        Assert.Contains("href=\"/records/provisions/vn-cc-art-109\"", row);
        Assert.Contains("href=\"/records/provisions/vn-cc-art-109-2025\"", row);
    }

    [Fact]
    public async Task The_legal_clarity_page_reads_the_law_in_force_on_the_date_asked_and_names_who_could_act()
    {
        await using var app = await RunningApp.StartAsync();

        var before = await app.PageAsync("/analyses/legal?asOf=2025-01-01");
        var after = await app.PageAsync("/analyses/legal?asOf=2026-12-01");
        var every = await app.PageAsync("/analyses/legal");

        // The 2018 law's content controls are read in 2025, its 2025 successor's takedown provision in December 2026.
        Assert.Contains("The law in force on 2025-01-01", before);
        Assert.Contains("id=\"provision-vn-cyber-content-controls\"", before);
        Assert.DoesNotContain("id=\"provision-vn-cyber-2025-takedown\"", before);
        Assert.Contains("id=\"provision-vn-cyber-2025-takedown\"", after);
        Assert.DoesNotContain("id=\"provision-vn-cyber-content-controls\"", after);
        Assert.Contains("Every provision recorded", every);
        Assert.Contains("Could clarify it", every);
        var bad = await app.PageAsync("/analyses/legal?asOf=someday");
        Assert.Contains("role=\"alert\"", bad);
    }

    [Fact]
    public async Task The_treaty_and_law_change_pages_answer_for_the_date_asked()
    {
        await using var app = await RunningApp.StartAsync();

        // Viet Nam ratified the Convention against Torture in 2015: not party in 2014, ratified in 2016.
        var in2014 = await app.PageAsync("/analyses/treaties?party=vn&asOf=2014-06-01");
        var in2016 = await app.PageAsync("/analyses/treaties?party=vn&asOf=2016-06-01");
        string Row(string page) { var at = page.IndexOf("id=\"treaty-cat\"", StringComparison.Ordinal); return page[at..page.IndexOf("</tr>", at, StringComparison.Ordinal)]; }
        Assert.Contains("not party", Row(in2014));
        Assert.Contains("ratified", Row(in2016));

        var changes = await app.PageAsync("/analyses/law-changes?since=2025-01-01&until=2026-12-01");
        Assert.Contains("href=\"/records/legal-instruments/vn-cybersecurity-law-2025\"", changes);
        Assert.Contains("entered into force", changes);
        var reversed = await app.PageAsync("/analyses/law-changes?since=2026-01-01&until=2025-01-01");
        Assert.Contains("role=\"alert\"", reversed);
    }
}
