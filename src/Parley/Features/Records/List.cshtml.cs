using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parley.Features.Accounts;
using Parley.Store;

namespace Parley.Features.Records;

/// <summary>/records/{kind}: a kind's records, searched, filtered, sorted and paged by the query string.</summary>
public sealed class ListModel(ParleyDb db) : PageModel
{
    public RecordKind Kind { get; private set; } = null!;
    public ListResult Result { get; private set; } = null!;
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] string kind, CancellationToken ct)
    {
        if (RecordKinds.Find(kind) is not { } found) return NotFound();
        if (found.Slug == CaseAccess.Slug && !CaseAccess.Allowed(User)) return Forbid();
        Kind = found;
        Result = await Kind.ListAsync(db, ListQuery.From(Request.Query), ct);
        return Page();
    }
}
