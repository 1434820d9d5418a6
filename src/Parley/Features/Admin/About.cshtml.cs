using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;
using Parley.Features.Accounts;
using Parley.Store;

namespace Parley.Features.Admin;

/// <summary>/admin (admins only): the facts about the installation a desk officer has no use for, such as the store and its schema.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class AboutModel(ParleyDb db, IMemoryCache cache) : PageModel
{
    public string Provider { get; private set; } = "";
    public string? SchemaVersion { get; private set; }
    public string Version { get; } = typeof(AboutModel).Assembly.GetName().Version?.ToString() ?? "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Provider = ParleyStore.ProviderName(db) == "sqlite" ? "SQLite" : "PostgreSQL";
        SchemaVersion = await KeptSchemaVersion.OfAsync(cache, db, ct);
    }
}
