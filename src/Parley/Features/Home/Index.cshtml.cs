using Microsoft.AspNetCore.Mvc.RazorPages;
using Parley.Features.Stats;
using Parley.Store;

namespace Parley.Features.Home;

/// <summary>The home page: what the store holds, kind by kind.</summary>
public sealed class IndexModel(ParleyDb db) : PageModel
{
    public IReadOnlyList<KindCount> Counts { get; private set; } = [];
    public string Provider { get; private set; } = "";
    public string? SchemaVersion { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Counts = await StoreCounts.QueryAsync(db, ct);
        Provider = ParleyStore.ProviderName(db);
        SchemaVersion = await ParleyStore.SchemaVersionAsync(db, ct);
    }
}
