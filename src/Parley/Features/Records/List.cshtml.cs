using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parley.Features.Accounts;
using Parley.Store;

namespace Parley.Features.Records;

/// <summary>/records/{kind}: a kind's records, searched, filtered, sorted and paged by the query string.</summary>
public sealed class ListModel(ParleyDb db, ReaderView reader) : PageModel
{
    public RecordKind Kind { get; private set; } = null!;
    public ListResult Result { get; private set; } = null!;
    [TempData] public string? Message { get; set; }

    /// <summary>Why the search text was not applied (it was too long).</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] string kind, CancellationToken ct)
    {
        if (RecordKinds.Find(kind) is not { } found) return NotFound();
        if (found.Slug == CaseAccess.Slug && !CaseAccess.Allowed(User)) return Forbid();
        Kind = found;
        var query = ListQuery.From(Request.Query);
        if (query.Search.Length > InputLimits.Current.QueryLength)
        {
            Problem = $"The search text is {query.Search.Length:N0} characters long; at most {InputLimits.Current.QueryLength:N0} are allowed. Shorten it and search again.";
            query = new ListQuery { Sort = query.Sort, Descending = query.Descending, UnsourcedOnly = query.UnsourcedOnly, Filters = query.Filters };
        }
        // Words are looked for in what this reader may see, so a withheld name finds nothing.
        Result = await Kind.ListAsync(db, query, await reader.WithholdingAsync(ct), ct);
        return Page();
    }
}
