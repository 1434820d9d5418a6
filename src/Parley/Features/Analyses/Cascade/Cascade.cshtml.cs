using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parley.Analyses.Cascade;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Analyses.Cascade;

/// <summary>The framework page: the what-if of a withdrawal, and the frameworks giving leverage on an issue area.</summary>
public sealed class CascadeModel(ParleyDb db, Microsoft.Extensions.Localization.IStringLocalizer<Parley.Web.Text> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Framework { get; set; }
    [BindProperty(SupportsGet = true)] public string? Party { get; set; }
    [BindProperty(SupportsGet = true)] public string? Date { get; set; }
    [BindProperty(SupportsGet = true)] public string? IssueArea { get; set; }
    [BindProperty(SupportsGet = true)] public string? AsOf { get; set; }

    public CascadeResult? Cascade { get; private set; }
    public LeverageResult? Leverage { get; private set; }
    public string? Error { get; private set; }
    public IReadOnlyList<Framework> Frameworks { get; private set; } = [];
    public IReadOnlyList<Party> Parties { get; private set; } = [];
    public IReadOnlyList<IssueArea> Areas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Frameworks = await db.Frameworks.AsNoTracking().OrderBy(f => f.Key).ToListAsync(ct);
        Parties = await db.Parties.AsNoTracking().OrderBy(p => p.Key).ToListAsync(ct);
        Areas = await db.IssueAreas.AsNoTracking().OrderBy(a => a.Key).ToListAsync(ct);
        try
        {
            if (!string.IsNullOrWhiteSpace(Framework))
            {
                var when = AnalysisDate.Parse(Date, text["LawChanges.Date"]);
                Cascade = await CascadeQuery.RunAsync(db, Framework, Party, when, StoreClock.Today(), ct);
            }
            if (!string.IsNullOrWhiteSpace(IssueArea)) Leverage = await CascadeQuery.LeverageAsync(db, IssueArea, ct, AnalysisDate.Parse(AsOf, text["Cascade.AsOf"]));
        }
        catch (UserError e) { Error = e.Message; }
    }

}
