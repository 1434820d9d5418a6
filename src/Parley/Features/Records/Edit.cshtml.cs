using Parley.Features.Accounts;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Parley.Store;
using Parley.Web;

namespace Parley.Features.Records;

/// <summary>
/// /records/{kind}/{key}/edit: the form for a stored record. It carries the version the user opened, and a save
/// made after someone else's is refused with who changed it and when, rather than overwriting their work.
/// </summary>
[Authorize(Policy = Policies.Write)]
public sealed class EditModel(ParleyDb db, IStringLocalizer<Text> text) : PageModel
{
    public RecordForm Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromRoute] string kind, [FromRoute] string key, CancellationToken ct)
    {
        if (RecordKinds.Find(kind) is not { } found) return NotFound();
        if (await found.FormOfAsync(db, key, ct) is not { } stored) return NotFound();
        Form = new RecordForm
        {
            Kind = found, Key = key, Label = stored.Label, Version = stored.Version,
            Fields = await found.FieldViewsAsync(new FormContext(db, ct), stored.Form),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] string kind, [FromRoute] string key, CancellationToken ct)
    {
        if (RecordKinds.Find(kind) is not { } found) return NotFound();
        var raw = RawForm.From(Request.Form);
        if (!int.TryParse(raw.Get("version"), NumberStyles.None, CultureInfo.InvariantCulture, out var version)) return BadRequest(text["RecordsMsg.LostVersion"].Value);
        db.ActAs(User);
        var outcome = await found.SaveAsync(db, key, raw, version, ct);
        if (outcome.NotFound) return NotFound();
        if (outcome.Saved) return Redirect($"/records/{found.Slug}/{Uri.EscapeDataString(key)}");
        var context = new FormContext(db, ct);
        foreach (var (field, message) in outcome.Errors) context.Error(field, message);
        Form = new RecordForm
        {
            Kind = found, Key = key, Label = key, Version = version, Conflict = outcome.Conflict,
            Fields = await found.FieldViewsAsync(context, raw), ErrorCount = outcome.Errors.Count,
        };
        Response.StatusCode = outcome.Conflict is not null ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
