using Parley.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Parley.Store;
using Parley.Web;
using Parley.Web.Localization;

namespace Parley.Features.Records;

/// <summary>
/// /records/{kind}/{key}/delete: asks before deleting, and refuses with the list of linking records when others
/// still point at the record, instead of silently unlinking them or failing with an error page.
/// </summary>
[Authorize(Policy = Policies.Write)]
public sealed class DeleteModel(ParleyDb db, IStringLocalizer<Text> text) : PageModel
{
    public RecordKind Kind { get; private set; } = null!;
    public string Key { get; private set; } = "";
    public string Label { get; private set; } = "";
    public Message? Refusal { get; private set; }
    public IReadOnlyList<RecordRef> LinkedFrom { get; private set; } = [];
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] string kind, [FromRoute] string key, CancellationToken ct)
    {
        if (RecordKinds.Find(kind) is not { } found) return NotFound();
        if (await found.FormOfAsync(db, key, ct) is not { } stored) return NotFound();
        (Kind, Key, Label) = (found, key, stored.Label);
        LinkedFrom = (await found.InboundAsync(db, key, ct)).SelectMany(i => i.Records).ToList();
        if (LinkedFrom.Count > 0) Refusal = new Message(LinkedFrom.Count == 1 ? "RecordsMsg.WhileLinkedOne" : "RecordsMsg.WhileLinkedMany", found.OneText, LinkedFrom.Count);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] string kind, [FromRoute] string key, CancellationToken ct)
    {
        if (RecordKinds.Find(kind) is not { } found) return NotFound();
        db.ActAs(User);
        var outcome = await found.DeleteAsync(db, key, ct);
        if (outcome.NotFound) return NotFound();
        if (outcome.Deleted)
        {
            Message = new Message("RecordsMsg.Deleted", found.OneText, key).In(text);
            return Redirect($"/records/{found.Slug}");
        }
        (Kind, Key, Label, Refusal, LinkedFrom) = (found, key, key, outcome.Refusal, outcome.LinkedFrom);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
