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

    public static ListQuery From(IQueryCollection query) => new()
    {
        Search = query["q"].ToString().Trim(),
        Sort = query["sort"].ToString(),
        Descending = query["dir"] == "desc",
        Page = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1,
        UnsourcedOnly = query["unsourced"] == "1",
        Filters = query.Where(p => p.Key is not ("q" or "sort" or "dir" or "page" or "unsourced") && p.Value.ToString().Length > 0)
            .ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.OrdinalIgnoreCase),
    };

    /// <summary>The query string of this list with some values changed, for sort and page links.</summary>
    public string With(string? sort = null, bool? descending = null, int? page = null)
    {
        var values = new List<KeyValuePair<string, string>>();
        if (Search.Length > 0) values.Add(new("q", Search));
        foreach (var (name, value) in Filters) values.Add(new(name, value));
        if (UnsourcedOnly) values.Add(new("unsourced", "1"));
        var s = sort ?? Sort;
        if (s.Length > 0) values.Add(new("sort", s));
        if (descending ?? Descending) values.Add(new("dir", "desc"));
        var p = page ?? Page;
        if (p > 1) values.Add(new("page", p.ToString(CultureInfo.InvariantCulture)));
        return values.Count == 0 ? "" : "?" + string.Join('&', values.Select(v => Uri.EscapeDataString(v.Key) + "=" + Uri.EscapeDataString(v.Value)));
    }
}
