using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parley.Analyses.LegalClarity;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Analyses.LegalClarity;

/// <summary>The legal clarity page: provisions ranked by vague wording and cases charged, as of a date when asked, with who could act on each.</summary>
public sealed class LegalModel(ParleyDb db, Microsoft.Extensions.Localization.IStringLocalizer<Parley.Web.Text> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Instrument { get; set; }
    /// <summary>Only the law in force on this date (YYYY-MM-DD); every provision recorded when empty.</summary>
    [BindProperty(SupportsGet = true)] public string? AsOf { get; set; }

    public LegalClarityResult? Result { get; private set; }
    public string? Error { get; private set; }
    public IReadOnlyList<LegalInstrument> Instruments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Instruments = await db.LegalInstruments.AsNoTracking().OrderBy(i => i.Key).ToListAsync(ct);
        try { Result = await LegalClarityQuery.RunAsync(db, Instrument, ct, Accounts.CaseAccess.Allowed(User), AnalysisDate.Parse(AsOf, text["Cascade.AsOf"])); }
        catch (UserError e) { Error = e.Message; }
    }
}
