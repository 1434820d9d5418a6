using Parley.Tests.Support;

namespace Parley.Tests.Features.Records;

/// <summary>A record's page says how old its facts are: the date of the newest dated source it cites.</summary>
public class SourcesAsOfTests
{
    [Fact]
    public async Task A_record_page_shows_the_date_of_its_newest_dated_source_and_says_when_none_is_dated()
    {
        await using var app = await RunningApp.StartAsync();

        var round = await app.PageAsync("/records/rounds/human-rights-28");
        var law = await app.PageAsync("/records/legal-instruments/vn-cybersecurity-law-2018");
        var seedOnly = await app.PageAsync("/records/channels/labor");

        Assert.Contains("As of 2025-01: the newest dated source cited.", round);
        // The 2018 law's seed citations are undated; the Ministry of Public Security report of its replacement is from December 2025.
        Assert.Contains("As of 2025-12: the newest dated source cited.", law);
        Assert.Contains("As of: no cited source gives a date.", seedOnly);
    }
}
