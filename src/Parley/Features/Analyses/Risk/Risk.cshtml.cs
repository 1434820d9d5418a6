using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parley.Analyses.Risk;
using Parley.Store;

namespace Parley.Features.Analyses.Risk;

/// <summary>The issue-area risk page for a year (default: this year).</summary>
public sealed class RiskModel(ParleyDb db) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public RiskResult? Result { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        try { Result = await RiskQuery.RunAsync(db, Year ?? DateTime.UtcNow.Year, ct, Accounts.CaseAccess.Allowed(User)); }
        catch (UserError e) { Error = e.Message; }
    }
}
