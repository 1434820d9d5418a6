using Parley.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parley.Store;

namespace Parley.Features.Records;

/// <summary>/records/{kind}/new: the form for a new record; values in the query string fill fields in advance.</summary>
[Authorize(Policy = Policies.Write)]
public sealed class NewModel(ParleyDb db) : PageModel
{
    public RecordForm Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromRoute] string kind, CancellationToken ct)
    {
        if (RecordKinds.Find(kind) is not { } found) return NotFound();
        var raw = found.BlankForm();
        foreach (var (name, values) in Request.Query) raw.Set(name, values.Select(v => v ?? ""));
        Form = new RecordForm { Kind = found, NewKey = raw.Get("key"), Fields = await found.FieldViewsAsync(new FormContext(db, ct), raw) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] string kind, CancellationToken ct)
    {
        if (RecordKinds.Find(kind) is not { } found) return NotFound();
        var raw = RawForm.From(Request.Form);
        db.ActAs(User);
        var outcome = await found.SaveAsync(db, null, raw, 0, ct);
        if (outcome.Saved) return Redirect($"/records/{found.Slug}/{Uri.EscapeDataString(outcome.Key!)}");
        var context = new FormContext(db, ct);
        foreach (var (field, message) in outcome.Errors) context.Error(field, message);
        Form = new RecordForm
        {
            Kind = found, NewKey = raw.Get("key"), KeyError = context.ErrorFor("key"),
            Fields = await found.FieldViewsAsync(context, raw), ErrorCount = outcome.Errors.Count,
        };
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
