using System.Globalization;

namespace Parley.Features.Records;

/// <summary>A list request as it arrives in the query string: search text, filters, sort, page.</summary>
public sealed class ListQuery
{
    public const int PageSize = 25;

    public string Search { get; init; } = "";
    public string Sort { get; init; } = "";
    public bool Descending { get; init; }
    public int Page { get; init; } = 1;
    public bool UnsourcedOnly { get; init; }
    public IReadOnlyDictionary<string, string> Filters { get; init; } = new Dictionary<string, string>();
    /// <summary>The columns chosen, by name, in the kind's order; empty for all of them.</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    public static ListQuery From(IQueryCollection query) => new()
    {
        Search = query["q"].ToString().Trim(),
        Sort = query["sort"].ToString(),
        Descending = query["dir"] == "desc",
        Page = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1,
        UnsourcedOnly = query["unsourced"] == "1",
        Columns = query["cols"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal).ToList(),
        // "handler" names the page's export (CSV or XLSX), not a filter.
        Filters = query.Where(p => p.Key is not ("q" or "sort" or "dir" or "page" or "unsourced" or "cols" or "handler") && p.Value.ToString().Length > 0)
            .ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.OrdinalIgnoreCase),
    };

    /// <summary>The columns to show of those a kind has: the chosen ones in the kind's order, or all when none is chosen.</summary>
    public IReadOnlyList<TColumn> Chosen<TColumn>(IReadOnlyList<TColumn> all, Func<TColumn, string> name)
    {
        var chosen = all.Where(c => Columns.Contains(name(c))).ToList();
        return chosen.Count > 0 ? chosen : all;
    }

    /// <summary>The query string of this list with some values changed, for sort and page links.</summary>
    public string With(string? sort = null, bool? descending = null, int? page = null, string? handler = null)
    {
        var values = new List<KeyValuePair<string, string>>();
        if (handler is not null) values.Add(new("handler", handler));
        if (Search.Length > 0) values.Add(new("q", Search));
        foreach (var (name, value) in Filters) values.Add(new(name, value));
        if (UnsourcedOnly) values.Add(new("unsourced", "1"));
        if (Columns.Count > 0) values.Add(new("cols", string.Join(',', Columns)));
        var s = sort ?? Sort;
        if (s.Length > 0) values.Add(new("sort", s));
        if (descending ?? Descending) values.Add(new("dir", "desc"));
        var p = page ?? Page;
        if (p > 1) values.Add(new("page", p.ToString(CultureInfo.InvariantCulture)));
        return values.Count == 0 ? "" : "?" + string.Join('&', values.Select(v => Uri.EscapeDataString(v.Key) + "=" + Uri.EscapeDataString(v.Value)));
    }
}
