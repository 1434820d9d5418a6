using Microsoft.EntityFrameworkCore;
using Parley.Domain;

namespace Parley.Store;

/// <summary>
/// A number that grows whenever the store's data changes, from any process: every change writes an audit entry, so
/// it is the newest entry's id (reads of cases are in the trail too but change nothing, so they are skipped). One
/// indexed read; what is kept in memory against it (dashboard figures, small key maps) is right while it holds.
/// </summary>
public static class DataVersion
{
    public static Task<long> OfAsync(ParleyDb db, CancellationToken ct) => Newest.For(db)(db, ct);

    /// <summary>Compiled: it runs on every API read and dashboard view.</summary>
    private static readonly CompiledPerModel<Func<ParleyDb, CancellationToken, Task<long>>> Newest = new(() => EF.CompileAsyncQuery((ParleyDb db, CancellationToken ct) =>
        db.AuditEntries.AsNoTracking().Where(a => a.Action != AuditAction.Read).OrderByDescending(a => a.Id).Select(a => a.Id).FirstOrDefault()));

    /// <summary>Which store a kept value belongs to: a process may serve or test several.</summary>
    public static string StoreOf(ParleyDb db) => db.Database.GetConnectionString() ?? "";
}
