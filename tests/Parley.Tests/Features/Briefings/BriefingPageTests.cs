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
}
