using Microsoft.EntityFrameworkCore;
using Parley.Features.Interchange;
using Parley.Features.Stats;
using Parley.Store;

namespace Parley.Features.Setup;

/// <summary>Brings a store to a usable state: schema up to date, and the bundled data set loaded into an empty store.</summary>
public static class StoreSetup
{
    public sealed record Outcome(bool Created, int MigrationsApplied, int RecordsSeeded, string? SchemaVersion, int Records)
    {
        public bool ChangedAnything => Created || MigrationsApplied > 0 || RecordsSeeded > 0;

        /// <summary>What the store works without, said once where it was set up (PostgreSQL's search ranking index).</summary>
        public string? Notice { get; init; }
    }

    public static async Task<Outcome> EnsureReadyAsync(StoreLocation location, CancellationToken ct = default)
    {
        var created = await ParleyStore.IsMissingAsync(location, ct);
        if (location.FilePath is { } path && Path.GetDirectoryName(path) is { } dir && !Directory.Exists(dir))
            throw new UserError($"cannot create the store {path}: the folder {dir} does not exist");
        await using var db = ParleyStore.Open(location);
        db.Actor = "parley init";
        db.Origin = "seed";
        var applied = await ParleyStore.MigrateAsync(db, ct);
        // A store that held records before search existed gets its search entries built after the upgrade. Checked on
        // every start, not only when a migration ran: an upgrade killed after its migrations but before this step
        // must still end with the entries. The rebuild is one transaction, so it is either whole or absent.
        var holdsRecords = await HoldsAnyRecordAsync(db, ct);
        if (holdsRecords && !await db.Set<Search.SearchEntry>().AnyAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await Search.SearchIndexer.RebuildAsync(db, ct);
            await transaction.CommitAsync(ct);
        }
        var seeded = 0;
        if (!holdsRecords)
        {
            var result = await DocumentImporter.ImportAsync(db, BundledData.Read(), BundledData.ResourceName, ct: ct);
            if (!result.Succeeded)
                throw new InvalidOperationException("the bundled data set does not load: " + string.Join("; ", result.Problems.Take(5)));
            seeded = result.TotalAdded;
        }
        var notice = await Search.SearchRankIndex.EnsureAsync(db, ct);
        var counts = await StoreCounts.QueryAsync(db, ct);
        return new Outcome(created, applied, seeded, await ParleyStore.SchemaVersionAsync(db, ct), counts.Sum(c => c.Count)) { Notice = notice };
    }

    /// <summary>A store that holds any source or party has been seeded or filled by its users; it is never seeded again.</summary>
    private static async Task<bool> HoldsAnyRecordAsync(ParleyDb db, CancellationToken ct) =>
        await db.Sources.AnyAsync(ct) || await db.Parties.AnyAsync(ct) || await db.AuditEntries.AnyAsync(ct);
}
