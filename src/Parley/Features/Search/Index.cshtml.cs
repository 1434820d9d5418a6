using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parley.Features.Accounts;
using Parley.Store;

namespace Parley.Features.Search;

/// <summary>The search page: one box, matches best first with the matched words marked, and facets to narrow them.</summary>
public sealed class IndexModel(ParleyDb db, ReaderView reader, IConfiguration config) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Area { get; set; }
    [BindProperty(SupportsGet = true)] public string? Party { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(Name = "page", SupportsGet = true)] public int PageNumber { get; set; } = 1;
    /// <summary>Matches and facets counted exactly however many there are (the "Count exactly" link beside an estimate).</summary>
    [BindProperty(SupportsGet = true)] public bool Exact { get; set; }

    public SearchResults? Results { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Q)) return;
        PageNumber = Math.Max(1, PageNumber);
        var outcome = await SearchEngine.SearchAsync(db, Q, Filters, PageSize, (PageNumber - 1) * PageSize, ct, await reader.WithholdingAsync(ct), Exact,
            SearchLimits.From(name => config[name]));
        (Results, Error) = (outcome.Results, outcome.Error);
    }

    public SearchFilters Filters => new(Kind, Area, Party, Year, Status);

    /// <summary>The link to this search with one facet set (or cleared with null) and the page reset.</summary>
    public string Link(string facet, string? value, int page = 1)
    {
        var f = Filters;
        f = facet switch
        {
            "kind" => f with { Kind = value },
            "area" => f with { Area = value },
            "party" => f with { Party = value },
            "year" => f with { Year = value is null ? null : int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
            "status" => f with { Status = value },
            _ => f,
        };
        var query = new Dictionary<string, string?>
        {
            ["q"] = Q, ["kind"] = f.Kind, ["area"] = f.Area, ["party"] = f.Party,
            ["year"] = f.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["status"] = f.Status,
            ["page"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            ["exact"] = Exact ? "true" : null,
        };
        return "/search" + Microsoft.AspNetCore.Http.QueryString.Create(query.Where(p => p.Value is not null));
    }

    /// <summary>This search, with the facets counted exactly.</summary>
    public string ExactLink()
    {
        Exact = true;
        var link = Link("", null, PageNumber);
        Exact = false;
        return link;
    }

    public string? Selected(string facet) => facet switch
    {
        "kind" => Kind,
        "area" => Area,
        "party" => Party,
        "year" => Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "status" => Status,
        _ => null,
    };
}
