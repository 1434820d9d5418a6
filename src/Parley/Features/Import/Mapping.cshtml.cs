using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Accounts;
using Parley.Features.Records;
using Parley.Store;

namespace Parley.Features.Import;

/// <summary>
/// /import/mapping: the UPR issue labels and the issue areas each files its recommendations under; an editor
/// changes a label's areas (or adds a label a file used that had none). Each save is audited. Recommendations
/// already imported keep their areas until their file is imported again with update.
/// </summary>
[Authorize(Policy = Policies.Write)]
public sealed class MappingModel(ParleyDb db, Microsoft.Extensions.Localization.IStringLocalizer<Parley.Web.Text> text) : PageModel
{
    public sealed record Row(string Label, IReadOnlyList<(string Key, string Name)> Areas);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<(string Key, string Name)> KnownAreas { get; private set; } = [];

    [BindProperty] public string? Label { get; set; }
    [BindProperty] public string? Areas { get; set; }
    [FromQuery(Name = "saved")] public string? Saved { get; set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public async Task OnGetAsync([FromQuery(Name = "label")] string? label, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (label is not null && Rows.FirstOrDefault(r => r.Label.Equals(label, StringComparison.OrdinalIgnoreCase)) is { } row)
            (Label, Areas) = (row.Label, string.Join("; ", row.Areas.Select(a => a.Key)));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var label = Label?.Trim() ?? "";
        if (label.Length == 0) Errors["Label"] = text["Mapping.LabelRequired"];
        else if (label.Length > Store.Configurations.ModelBuilderExtensions.KeyLength) Errors["Label"] = text["Mapping.LabelTooLong", Store.Configurations.ModelBuilderExtensions.KeyLength];
        var keys = (Areas ?? "").Split([';', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        var unknown = keys.Where(k => KnownAreas.All(a => a.Key != k)).ToList();
        if (unknown.Count > 0) Errors["Areas"] = text["Mapping.UnknownAreas", string.Join(", ", unknown.Select(k => $"'{k}'"))];
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var stored = (await db.IssueLabelMappings.ToListAsync(ct)).FirstOrDefault(m => m.Key.Equals(label, StringComparison.OrdinalIgnoreCase));
        if (stored is null) db.IssueLabelMappings.Add(stored = new IssueLabelMapping { Key = label });
        stored.Areas = keys;
        db.ActAs(User);
        await db.SaveChangesAsync(ct);
        return Redirect($"/import/mapping?saved={Uri.EscapeDataString(stored.Key)}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var stored = await db.IssueAreas.AsNoTracking().Select(a => new { a.Key, a.Name }).ToListAsync(ct);
        var names = stored.ToDictionary(a => a.Key, a => a.Name, StringComparer.Ordinal);
        // Areas the shipped mapping defines are created by the first import that needs them, so they may be chosen too.
        foreach (var area in ImportMapping.UprDefault().IssueAreas) names.TryAdd(area.Key, area.Name);
        KnownAreas = names.OrderBy(a => a.Value, StringComparer.CurrentCulture).Select(a => (a.Key, a.Value)).ToList();
        Rows = (await db.IssueLabelMappings.AsNoTracking().ToListAsync(ct))
            .OrderBy(m => m.Key, StringComparer.CurrentCultureIgnoreCase)
            .Select(m => new Row(m.Key, m.Areas.Select(k => (k, names.GetValueOrDefault(k, k))).ToList()))
            .ToList();
    }
}
