using Microsoft.Extensions.Localization;
using Parley.Web;

namespace Parley.Features.Charts;

/// <summary>The fixed words a drawn chart puts around its title and labels (its summary, the table under it), in the reader's language.</summary>
public sealed record ChartWords(string ShowAsTable, string Total, string NothingToShow, string Summary, string OneBar, string Bars)
{
    public static readonly ChartWords English = new("Show as a table", "Total", "No {0} to show.", "{0} {1} in {2}; the largest: {3}.", "1 bar", "{0} bars");

    /// <summary>The words from the interface's texts, for the culture of the request.</summary>
    public static ChartWords From(IStringLocalizer<Text> text) => new(text["Chart.ShowAsTable"], text["Chart.Total"], text["Chart.NothingToShow"],
        text["Chart.Summary"], text["Chart.OneBar"], text["Chart.Bars"]);
}
