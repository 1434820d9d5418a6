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
    public static Task<long> OfAsync(ParleyDb db, CancellationToken ct) => Newest.GetOrAdd(db.Model, _ => Compile())(db, ct);

    /// <summary>
    /// Compiled once per model (SQLite's and PostgreSQL's differ, and one process may open both): it runs on every API
    /// read and dashboard view.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Microsoft.EntityFrameworkCore.Metadata.IModel, Func<ParleyDb, CancellationToken, Task<long>>> Newest = new();

    private static Func<ParleyDb, CancellationToken, Task<long>> Compile() => EF.CompileAsyncQuery((ParleyDb db, CancellationToken ct) =>
        db.AuditEntries.AsNoTracking().Where(a => a.Action != AuditAction.Read).OrderByDescending(a => a.Id).Select(a => a.Id).FirstOrDefault());

    /// <summary>Which store a kept value belongs to: a process may serve or test several.</summary>
    public static string StoreOf(ParleyDb db) => db.Database.GetConnectionString() ?? "";
}
