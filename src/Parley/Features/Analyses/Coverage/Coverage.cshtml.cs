using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Analyses.Coverage;

/// <summary>The decision-chain coverage page: pick a channel and a round, or propose a delegation and agenda.</summary>
public sealed class CoverageModel(ParleyDb db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Channel { get; set; }
    [BindProperty(SupportsGet = true)] public string? Round { get; set; }
    [BindProperty(SupportsGet = true)] public string? Delegation { get; set; }
    [BindProperty(SupportsGet = true)] public string? Agenda { get; set; }

    public CoverageQuery.Answer? Answer { get; private set; }
    public string? Error { get; private set; }
    public IReadOnlyList<Channel> Channels { get; private set; } = [];
    public IReadOnlyList<Institution> Institutions { get; private set; } = [];
    public IReadOnlyList<IssueArea> Areas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Channels = await db.Channels.AsNoTracking().OrderBy(c => c.Key).ToListAsync(ct);
        Institutions = await db.Institutions.AsNoTracking().OrderBy(i => i.Key).ToListAsync(ct);
        Areas = await db.IssueAreas.AsNoTracking().OrderBy(a => a.Key).ToListAsync(ct);
        if (string.IsNullOrWhiteSpace(Channel)) return;
        try { Answer = await CoverageQuery.RunAsync(db, Channel, Round, Delegation, Agenda, ct); }
        catch (UserError e) { Error = e.Message; }
    }
}
