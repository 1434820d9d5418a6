using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Parley.Store;

namespace Parley.Features.Generate;

/// <summary>
/// PostgreSQL checks each foreign key of each row written with a trigger of its own: a lookup of the parent row and a
/// lock on it, which for the links of the batch's own records (citations, issue areas) writes those fresh rows again.
/// That was 14 of 34 s of writing 200,000 generated recommendations. A superuser may switch these triggers off for a
/// transaction (session_replication_role = replica, what pg_restore --disable-triggers does); the generator then
/// checks the references itself, once per batch and for all rows at once: every parent its rows name is either a
/// record of the same transaction or one of a known few (the parties, channels, issue areas and source read at the
/// start, the rounds it made). Those parent tables are locked against other writers (SHARE) for the batch and every one
/// of those parents is looked up; a missing one stops the run with the batch rolled back, as the trigger would have.
/// Not used, and the triggers left to check as before, when the user is no superuser or a table written has triggers
/// of its own (replica mode would silence them too). SQLite checks its foreign keys cheaply itself.
/// </summary>
internal sealed class BatchReferences
{
    private readonly bool _enabled;

    private BatchReferences(bool enabled) => _enabled = enabled;

    public static async Task<BatchReferences> ForAsync(ParleyDb db, IReadOnlyCollection<string> written, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return new BatchReferences(false);
        var tables = string.Join(", ", written.Select(t => $"""'"{t}"'::regclass"""));
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var allowed = await StoreSql.ScalarAsync(db, $"""
                SELECT current_setting('is_superuser') = 'on'
                   AND NOT EXISTS (SELECT 1 FROM pg_trigger WHERE NOT tgisinternal AND tgrelid IN ({tables}))
                """, ct);
            return new BatchReferences(allowed is true);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Inside a batch's transaction, before its rows are written: the parents they name (table and ids) locked and
    /// checked, and the per-row checks switched off until the transaction ends.
    /// </summary>
    public async Task CheckedOnceAsync(ParleyDb db, IReadOnlyList<(string Table, IReadOnlyCollection<int> Ids)> parents, CancellationToken ct)
    {
        if (!_enabled) return;
        await StoreSql.ExecuteAsync(db, $"""LOCK TABLE {string.Join(", ", parents.Select(p => $"\"{p.Table}\""))} IN SHARE MODE""", ct);
        foreach (var (table, ids) in parents)
        {
            var wanted = ids.Distinct().ToList();
            if (wanted.Count == 0) continue;
            var list = string.Join(",", wanted.Select(i => i.ToString(CultureInfo.InvariantCulture)));
            var found = await StoreSql.LongAsync(db, $"""SELECT count(*) FROM "{table}" WHERE "Id" = ANY(ARRAY[{list}])""", ct);
            if (found != wanted.Count)
                throw new UserError($"{wanted.Count - found} of the {table} records the generated ones link to were deleted while generating; nothing of this batch was written");
        }
        await StoreSql.ExecuteAsync(db, "SET LOCAL session_replication_role = replica", ct);
    }
}
