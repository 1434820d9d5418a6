using Microsoft.EntityFrameworkCore;
using Parley.Tests.Support;
using Parley.Store;

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

    [Fact]
    public async Task With_a_round_being_prepared_the_page_says_whether_its_facts_predate_that_channels_last_round()
    {
        await using var app = await RunningApp.StartAsync();
        await using var db = app.Store.Open();
        // Read from the store, not assumed: the channel's last round held before the round being prepared.
        var preparing = await db.Rounds.AsNoTracking().SingleAsync(r => r.Key == "human-rights-next");
        var last = Parley.Analyses.Records.StaleFacts.LastRoundBefore(await db.Rounds.AsNoTracking().Where(r => r.ChannelId == preparing.ChannelId).ToListAsync(),
            preparing, StoreClock.Today())!;

        // The 2018 law's newest source (December 2025) is newer than the last round; a record whose newest source is older is flagged.
        var law = await app.PageAsync("/records/legal-instruments/vn-cybersecurity-law-2018?round=human-rights-next");
        Assert.Contains($"Current for {preparing.Title}", System.Net.WebUtility.HtmlDecode(law));
        var older = await db.Commitments.AsNoTracking().Include(c => c.Citations).ThenInclude(c => c.Source).ToListAsync();
        var stale = older.First(c => c.Citations.Select(x => x.Source?.Published).Max() is { } d && d.Latest < last.Date!.Value.Earliest);
        var page = System.Net.WebUtility.HtmlDecode(await app.PageAsync($"/records/commitments/{stale.Key}?round=human-rights-next"));
        Assert.Contains("Older than the last round", page);
        Assert.Contains(last.Title, page);

        // Without a round being prepared, no comparison is made.
        Assert.DoesNotContain("Older than the last round", await app.PageAsync($"/records/commitments/{stale.Key}"));
    }
}
