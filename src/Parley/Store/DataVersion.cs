using Microsoft.EntityFrameworkCore;
using Parley.Domain;

namespace Parley.Store;

/// <summary>
/// A number that changes whenever the store's data changes, from any process: every change writes an audit entry, so
/// it is made of the newest entry's id and time (reads of cases are in the trail too but change nothing, so they are
/// skipped). The id alone is not enough: `parley restore` under a running server puts back another trail, whose newest
/// id can be the one the server last saw (a backup of another store, or an older one that has grown again since), while
/// the time it was written differs. One indexed read; what is kept in memory against it (dashboard figures, small key
/// maps, the case names withheld from readers) is right while it holds.
/// <para>
/// A web request's context reads it once and keeps it until the request writes (<see cref="ParleyDb.Fresh"/>,
/// <see cref="DataVersionWrites"/>): the dashboard's three kept figures and the reader's withholding each asked again,
/// a round trip apiece on PostgreSQL. Never kept across requests: several servers may share one PostgreSQL store, and a
/// request must see what another wrote before it began.
/// </para>
/// </summary>
public static class DataVersion
{
    public static async Task<long> OfAsync(ParleyDb db, CancellationToken ct)
    {
        if (db.DataVersionRead is { } read) return read;
        var newest = await Newest.For(db)(db, ct);
        var version = newest is null ? 0 : unchecked(newest.Id * -7046029254386353131L ^ newest.At.UtcTicks);
        if (db.KeepsDataVersion) db.DataVersionRead = version;
        return version;
    }

    /// <summary>Compiled: it runs on every API read and dashboard view.</summary>
    private static readonly CompiledPerModel<Func<ParleyDb, CancellationToken, Task<Stamp?>>> Newest = new(() => EF.CompileAsyncQuery((ParleyDb db, CancellationToken ct) =>
        db.AuditEntries.AsNoTracking().Where(a => a.Action != AuditAction.Read).OrderByDescending(a => a.Id).Select(a => new Stamp(a.Id, a.At)).FirstOrDefault()));

    private sealed record Stamp(long Id, DateTimeOffset At);

    /// <summary>Which store a kept value belongs to: a process may serve or test several.</summary>
    public static string StoreOf(ParleyDb db) => db.Database.GetConnectionString() ?? "";
}
