using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Parley.Domain;
using Parley.Features.Records;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Records;

/// <summary>The count beside each filter choice is the number of rows the list shows when that choice is made.</summary>
public partial class FacetCountTests
{
    [GeneratedRegex("""<select id="filter-(?<name>[^"]+)" name="[^"]+">(?<options>.*?)</select>""", RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("""<option value="(?<value>[^"]+)"[^>]*>(?<text>[^<]*) \((?<count>[\d,.\s]+)\)</option>""")]
    private static partial Regex CountedOption();

    [GeneratedRegex("""<p class="count" role="status">(?<total>\d[\d,]*) """)]
    private static partial Regex Total();

    /// <summary>The list's total, as its status line says it.</summary>
    public static int TotalOf(string html) =>
        int.Parse(Total().Match(html).Groups["total"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    /// <summary>Each filter's choices with the counts beside them.</summary>
    private static List<(string Filter, string Value, int Count)> Counts(string html) =>
        Select().Matches(html).SelectMany(s => CountedOption().Matches(s.Groups["options"].Value).Select(o => (s.Groups["name"].Value,
            WebUtility.HtmlDecode(o.Groups["value"].Value), int.Parse(o.Groups["count"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)))).ToList();

    /// <summary>
    /// For some choices of every filter (a few with records and one without), the list with that choice added to
    /// <paramref name="query"/> holds as many rows as the count beside the choice said.
    /// </summary>
    private static async Task CountsMatchTotalsAsync(HttpClient http, string query)
    {
        var page = await http.GetStringAsync("/records/recommendations" + query);
        var counts = Counts(page);
        var filters = counts.Select(c => c.Filter).Distinct().ToList();
        Assert.Contains("response", filters);
        Assert.Contains("cycle", filters);
        Assert.True(counts.Any(c => c.Count > 0), "no choice has a count");
        foreach (var filter in filters)
        {
            var own = counts.Where(c => c.Filter == filter).ToList();
            foreach (var (_, value, count) in own.Where(c => c.Count > 0).Take(3).Concat(own.Where(c => c.Count == 0).Take(1)))
            {
                // The choice replaces the filter's value in the query, if it had one.
                var kept = query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
                    .Where(p => !p.StartsWith(filter + "=", StringComparison.Ordinal)).Append($"{filter}={Uri.EscapeDataString(value)}");
                var total = TotalOf(await http.GetStringAsync("/records/recommendations?" + string.Join('&', kept)));
                Assert.True(count == total, $"{filter}={value} under '{query}': the choice said {count}, the list shows {total}");
            }
        }
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Counts_beside_the_choices_of_a_list_kept_in_memory_match_the_lists_they_open(StoreKind kind)
    {
        var store = await TempStore.InitialisedAsync(kind);
        await Cli.OkAsync("generate", "--recommendations", "300", "--rounds", "2", "--db", store.Db);
        await using var app = await SignedInApp.StartAsync(store: store);
        using var http = app.Client(app.Token("viewer"));

        await CountsMatchTotalsAsync(http, "");
        await CountsMatchTotalsAsync(http, "?response=Accepted");
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Counts_beside_the_choices_of_a_list_filtered_by_the_database_match_the_lists_they_open(StoreKind kind)
    {
        var store = await TempStore.InitialisedAsync(kind);
        var count = RecordKind<Recommendation>.InMemoryLimit + 100;
        await Cli.OkAsync("generate", "--recommendations", count.ToString(CultureInfo.InvariantCulture), "--rounds", "3", "--db", store.Db);
        await using var app = await SignedInApp.StartAsync(store: store);
        using var http = app.Client(app.Token("viewer"));

        await CountsMatchTotalsAsync(http, "");
        await CountsMatchTotalsAsync(http, "?response=Noted");
    }
}
