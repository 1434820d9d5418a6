using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Parley.Features.Accounts;
using Parley.Store;
using Parley.Web;

namespace Parley.Features.Records;

/// <summary>/records/{kind}: a kind's records, searched, filtered, sorted and paged by the query string.</summary>
public sealed class ListModel(ParleyDb db, ReaderView reader, IStringLocalizer<Text> text) : PageModel
{
    public RecordKind Kind { get; private set; } = null!;
    public ListResult Result { get; private set; } = null!;
    [TempData] public string? Message { get; set; }

    /// <summary>The views of this list the signed-in user saved.</summary>
    public IReadOnlyList<SavedView> Views { get; private set; } = [];

    /// <summary>Why the search text was not applied (it was too long).</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] string kind, CancellationToken ct)
    {
        if (Allowed(kind) is { } refused) return refused;
        var query = ListQuery.From(Request.Query);
        if (query.Search.Length > InputLimits.Current.QueryLength)
        {
            Problem = text["RecordsMsg.SearchTooLong", query.Search.Length, InputLimits.Current.QueryLength];
            query = new ListQuery { Sort = query.Sort, Descending = query.Descending, UnsourcedOnly = query.UnsourcedOnly, Filters = query.Filters };
        }
        // Words are looked for in what this reader may see, so a withheld name finds nothing.
        Result = await Kind.ListAsync(db, query, await reader.WithholdingAsync(ct), ct);
        Views = await SavedViews.OfAsync(db, CurrentUser.Name(User), Kind.Slug, ct);
        return Page();
    }

    /// <summary>POST ?handler=saveView: saves the list's query (the form's "view") under the name given, for this user only.</summary>
    public async Task<IActionResult> OnPostSaveViewAsync([FromRoute] string kind, [FromForm] string? name, [FromForm] string? view, CancellationToken ct)
    {
        if (Allowed(kind) is { } refused) return refused;
        var query = view ?? "";
        var problem = await SavedViews.SaveAsync(db, CurrentUser.Name(User), Kind.Slug, name ?? "", query, ct);
        Message = problem ?? text["Views.Saved", (name ?? "").Trim()];
        return Redirect($"/records/{Kind.Slug}{(problem is null && query.StartsWith('?') ? query : "")}");
    }

    /// <summary>POST ?handler=deleteView: deletes one of this user's saved views (the form's "id").</summary>
    public async Task<IActionResult> OnPostDeleteViewAsync([FromRoute] string kind, [FromForm] int? id, CancellationToken ct)
    {
        if (Allowed(kind) is { } refused) return refused;
        var deleted = id is { } n && await SavedViews.DeleteAsync(db, CurrentUser.Name(User), n, ct);
        Message = deleted ? text["Views.Deleted"] : text["Views.NotFound"];
        return Redirect($"/records/{Kind.Slug}");
    }

    /// <summary>?handler=csv: every row the list's query matches, with its chosen columns, as CSV.</summary>
    public Task<IActionResult> OnGetCsvAsync([FromRoute] string kind, CancellationToken ct) =>
        ExportAsync(kind, "csv", "text/csv; charset=utf-8", (output, headers, rows) => ListExport.WriteCsvAsync(output, headers, rows, ct), ct);

    /// <summary>?handler=xlsx: the same rows as a workbook.</summary>
    public Task<IActionResult> OnGetXlsxAsync([FromRoute] string kind, CancellationToken ct) =>
        ExportAsync(kind, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            (output, headers, rows) => ListExport.WriteXlsxAsync(output, Kind.Plural, headers, rows, ct), ct);

    /// <summary>
    /// ?handler=lookup&amp;q=words: up to 20 records whose label or identifier holds the words, for a typeahead picker,
    /// as this reader may see them (a case only for a reader of cases, withheld names withheld).
    /// </summary>
    public async Task<IActionResult> OnGetLookupAsync([FromRoute] string kind, [FromQuery] string? q, CancellationToken ct)
    {
        if (Allowed(kind) is { } refused) return refused;
        var words = (q ?? "").Trim();
        if (words.Length > InputLimits.Current.QueryLength) return BadRequest(text["RecordsMsg.TextTooLong", InputLimits.Current.QueryLength].Value);
        var shown = await reader.WithholdingAsync(ct);
        var found = await Kind.LookupAsync(db, words, 20, shown, ct);
        return new JsonResult(found.Select(r => new { key = r.Key, label = r.Label }));
    }

    private async Task<IActionResult> ExportAsync(string kind, string extension, string contentType,
        Func<Stream, IReadOnlyList<string>, IAsyncEnumerable<IReadOnlyList<string>>, Task> write, CancellationToken ct)
    {
        if (Allowed(kind) is { } refused) return refused;
        var query = ListQuery.From(Request.Query);
        if (query.Search.Length > InputLimits.Current.QueryLength) return BadRequest(text["RecordsMsg.SearchTextTooLong", InputLimits.Current.QueryLength].Value);
        // Names this reader may not see are withheld from the file as from the page.
        var shown = await reader.WithholdingAsync(ct);
        // The file's headings and cells stay in English whatever the page's language: an export is data, read back by
        // import, scripts and spreadsheets that match columns by name, and the same link gives the same file to every reader.
        var headers = query.Chosen(Kind.ColumnHeads, c => c.Name).Select(c => c.Header).ToList();
        Response.ContentType = contentType;
        Response.Headers.ContentDisposition = $"attachment; filename=\"{Kind.Slug}.{extension}\"";
        await write(Response.Body, headers, Kind.ExportAsync(db, query, shown, ct));
        return new EmptyResult();
    }

    private IActionResult? Allowed(string kind)
    {
        if (RecordKinds.Find(kind) is not { } found) return NotFound();
        if (found.Slug == CaseAccess.Slug && !CaseAccess.Allowed(User)) return Forbid();
        Kind = found;
        return null;
    }
}
