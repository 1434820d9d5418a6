using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parley.Analyses.LawChanges;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Analyses.LawChanges;

/// <summary>The law changes page: what was adopted, entered into force or ended in a period, by default since a channel's last round.</summary>
public sealed class LawChangesModel(ParleyDb db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Channel { get; set; }
    [BindProperty(SupportsGet = true)] public string? Since { get; set; }
    [BindProperty(SupportsGet = true)] public string? Until { get; set; }

    public LawChangesResult? Result { get; private set; }
    public string? Error { get; private set; }
    public IReadOnlyList<Channel> Channels { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Channels = await db.Channels.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct);
        // With neither a channel nor a date, the first channel's last round is where a desk officer starts.
        if (string.IsNullOrWhiteSpace(Channel) && string.IsNullOrWhiteSpace(Since)) Channel = Channels.FirstOrDefault()?.Key;
        try
        {
            var until = AnalysisDate.Parse(Until, "until") ?? StoreClock.Today();
            var since = AnalysisDate.Parse(Since, "since");
            Result = await LawChangesQuery.RunAsync(db, since, since is null ? Channel : null, until, null, ct);
        }
        catch (UserError e) { Error = e.Message; }
    }
}
