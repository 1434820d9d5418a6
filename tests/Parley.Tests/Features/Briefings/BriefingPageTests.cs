using System.Net;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Briefings;

public class BriefingPageTests
{
    [Fact]
    public async Task The_briefing_page_shows_the_briefing_and_offers_each_format_for_download()
    {
        await using var app = await SignedInApp.StartAsync();
        using var http = await app.SignInAsync("viewer");

        var round = await http.GetStringAsync("/records/rounds/labor-next");
        var page = await http.GetStringAsync("/briefings?round=labor-next");
        var pdf = await http.GetAsync("/briefings?channel=labor&format=pdf&redact=true");
        var md = await http.GetStringAsync("/briefings?channel=human-rights&format=md&lang=vi");

        Assert.Contains("href=\"/briefings?round=labor-next\"", round);
        Assert.Contains("Labor Dialogue", page);
        Assert.Contains("Next Labor Dialogue round", page);
        Assert.Contains("format=pdf", page);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));
        Assert.Contains("Các trường hợp cần nêu", md);
    }

    [Fact]
    public async Task A_format_that_is_not_md_html_or_pdf_is_refused_with_the_formats_there_are()
    {
        await using var app = await SignedInApp.StartAsync();
        using var http = await app.SignInAsync("viewer");

        var number = await http.GetAsync("/briefings?channel=labor&format=2");
        var word = await http.GetAsync("/follow-up/since-last-round?channel=labor&format=docx");
        var upper = await http.GetAsync("/briefings?channel=labor&format=HTML");
        var unknown = await http.GetAsync("/briefings?channel=no-such-channel");

        Assert.Equal(HttpStatusCode.BadRequest, number.StatusCode);
        Assert.Contains("use md, html or pdf", await number.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, word.StatusCode);
        Assert.Contains("unknown format 'docx'", await word.Content.ReadAsStringAsync());
        Assert.Equal("text/html", upper.Content.Headers.ContentType?.MediaType);
        Assert.Equal("briefing-labor.html", upper.Content.Headers.ContentDisposition?.FileNameStar ?? upper.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("no-such-channel", await unknown.Content.ReadAsStringAsync());
    }
}
