using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Powers;

/// <summary>/powers: institutions × issue areas, showing who can negotiate, propose, approve, endorse and execute.</summary>
public sealed class IndexModel(ParleyDb db) : PageModel
{
    public IReadOnlyList<Institution> Institutions { get; private set; } = [];
    public IReadOnlyList<(IssueArea Area, int Depth)> Areas { get; private set; } = [];
    public IReadOnlyDictionary<int, IssueArea> AreasById { get; private set; } = new Dictionary<int, IssueArea>();
    public IReadOnlyList<Party> Parties { get; private set; } = [];
    public string Party { get; private set; } = "";
    public Power? Only { get; private set; }

    public async Task OnGetAsync(string? party, string? power, CancellationToken ct)
    {
        Party = party ?? "";
        Only = Enum.TryParse<Power>(power, ignoreCase: true, out var p) ? p : null;
        var areas = await db.IssueAreas.AsNoTracking().ToListAsync(ct);
        AreasById = areas.ToDictionary(a => a.Id);
        Areas = PowerMatrix.Tree(areas);
        Parties = await db.Parties.AsNoTracking().OrderBy(x => x.Name).ToListAsync(ct);
        var institutions = db.Institutions.AsNoTracking().Include(i => i.Party).Include(i => i.Powers).AsQueryable();
        if (Party.Length > 0) institutions = institutions.Where(i => i.Party.Key == Party);
        Institutions = (await institutions.ToListAsync(ct))
            .OrderBy(i => i.Party.Name).ThenBy(i => i.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    public IReadOnlyList<HeldPower> Held(Institution institution, IssueArea area) =>
        PowerMatrix.Held(institution, area, AreasById).Where(h => Only is null || h.Power == Only).ToList();
}
