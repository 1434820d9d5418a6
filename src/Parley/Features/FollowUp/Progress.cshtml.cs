using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parley.Features.Accounts;
using Parley.Features.Charts;
using Parley.Store;

namespace Parley.Features.FollowUp;

/// <summary>/follow-up/progress: implementation states per issue area, institution, channel, cycle or recommending state, as a chart and a table, with the trend since the last round.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class ProgressModel(ParleyDb db, ReaderView reader, Microsoft.Extensions.Localization.IStringLocalizer<Parley.Web.Text> text) : PageModel
{
    /// <summary>Bars drawn; the table lists every group.</summary>
    private const int MostBars = 25;

    [FromQuery(Name = "by")] public string? By { get; set; }
    [FromQuery(Name = "since")] public string? Since { get; set; }

    public ProgressDimension Dimension { get; private set; }
    public ProgressSummary? Summary { get; private set; }
    public string? Chart { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        try
        {
            Dimension = ProgressStatistics.Parse(By);
            Summary = await ProgressQuery.LoadAsync(db, Dimension, StoreClock.Today(), ProgressQuery.Since(Since), ct);
            var series = StateNames();
            var bars = Summary.Groups.Take(MostBars).Select(g => new ChartBar(g.Label,
                [.. series.Zip(g.Now.InOrder, (name, count) => new ChartSegment(name, count))], Href(Dimension, g.Key))).ToList();
            Chart = ChartSvg.Render(await reader.SeeAsync(new BarChart(text["Charts_ProgressTitle", text[DimensionWords[Dimension]].Value]
                + (Summary.Groups.Count > MostBars ? text["Charts_LargestGroups", MostBars].Value : ""), text["Charts_ProgressCounted"], series, bars), ct), "progress-chart", ChartWords.From(text));
        }
        catch (UserError e)
        {
            Error = e.In(text);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    /// <summary>The interface texts naming each grouping in the chart's title, in the reader's language.</summary>
    private static readonly IReadOnlyDictionary<ProgressDimension, string> DimensionWords = new Dictionary<ProgressDimension, string>
    {
        [ProgressDimension.Area] = "Charts_ByArea",
        [ProgressDimension.Institution] = "Charts_ByInstitution",
        [ProgressDimension.Channel] = "Charts_ByChannel",
        [ProgressDimension.Cycle] = "Charts_ByCycle",
        [ProgressDimension.State] = "Charts_ByState",
    };

    /// <summary>Each grouping's name, in the reader's language ("Progress.Dimension.Area" in Text.resx).</summary>
    public static readonly IReadOnlyList<(ProgressDimension Dimension, Web.Localization.Message Name)> Names =
        [.. new[] { ProgressDimension.Area, ProgressDimension.Institution, ProgressDimension.Channel, ProgressDimension.Cycle, ProgressDimension.State }
            .Select(d => (d, new Web.Localization.Message("Progress.Dimension." + d)))];

    /// <summary>The grouping's name in the reader's language.</summary>
    public static Web.Localization.Message NameOf(ProgressDimension dimension) => Names.First(n => n.Dimension == dimension).Name;

    /// <summary>The implementation states' words in the reader's language (the interface's language picks the report's words).</summary>
    public static IReadOnlyList<string> StateNames() => ProgressCounts.Names(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi");

    /// <summary>The list of the records a group is made of, with the record lists' own filters; none for "no group".</summary>
    public static string? Href(ProgressDimension by, string key)
    {
        if (key == ProgressStatistics.NoneKey || key.StartsWith("mechanism:", StringComparison.Ordinal)) return null;
        var k = Uri.EscapeDataString(key);
        return by switch
        {
            ProgressDimension.Area => $"/records/recommendations?issue-area={k}&response=Accepted",
            ProgressDimension.Institution => $"/records/institutions/{k}",
            ProgressDimension.Channel => $"/records/commitments?channel={k}",
            ProgressDimension.Cycle => $"/records/recommendations?cycle={k}&response=Accepted",
            _ => $"/records/recommendations?party={k}&response=Accepted",
        };
    }
}
