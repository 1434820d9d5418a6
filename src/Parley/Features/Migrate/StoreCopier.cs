using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Interchange;
using Parley.Store;

namespace Parley.Features.Migrate;

/// <summary>
/// Copies a whole store into an empty one: the audit trail, then the records through the JSON document (the one path
/// that already validates every link), and proves the copy by comparing the two exports, all in one transaction on
/// the target. A copy that is interrupted (even by SIGKILL), refused or different leaves the target as empty as it
/// was, so running migrate again is always the way on.
/// </summary>
public static class StoreCopier
{
    public sealed record Copied(int Records, int AuditEntries, int ExportBytes);

    private const int AuditBatch = 5000;

    public static async Task<Copied> CopyAsync(StoreLocation from, StoreLocation to, CancellationToken ct = default)
    {
        if (from.ConnectionString == to.ConnectionString) throw new UserError("--from and --to name the same store");
        if (await ParleyStore.IsMissingAsync(from, ct)) throw new UserError($"no store at {from.Display}; nothing to copy");

        await using var source = ParleyStore.Open(from);
        await ParleyStore.MigrateAsync(source, ct);
        var document = await ExportCommand.ExportBytesAsync(source, ct);

        await using var target = ParleyStore.Open(to);
        await ParleyStore.MigrateAsync(target, ct);
        if (await target.Sources.AnyAsync(ct) || await target.Parties.AnyAsync(ct) || await target.AuditEntries.AnyAsync(ct))
            throw new UserError($"{to.Display} already holds records; migrate only fills an empty store (nothing was written). "
                + "An interrupted migrate leaves nothing behind, so records there come from a finished migrate or another source: check with 'parley export'");

        await using var transaction = await target.Database.BeginTransactionAsync(ct);
        // The history first, so the target's audit trail reads in order: what happened at the source, then the copy.
        var auditEntries = await CopyAuditTrailAsync(source, target, ct);
        target.Actor = "parley migrate";
        target.Origin = "migrate";
        var result = await DocumentImporter.ImportAsync(target, document, from.Display, ct: ct);
        if (!result.Succeeded)
            throw new UserError($"the copy was refused, nothing was written: {string.Join("; ", result.Problems.Take(3))}");

        // Read back inside the transaction: only a copy that exports the same is committed.
        var copy = await ExportCommand.ExportBytesAsync(target, ct);
        if (!copy.AsSpan().SequenceEqual(document))
            throw new UserError($"the copy in {to.Display} did not export the same as {from.Display}; nothing was written");
        await transaction.CommitAsync(ct);
        return new Copied(result.TotalAdded, auditEntries, document.Length);
    }

    private static async Task<int> CopyAuditTrailAsync(ParleyDb source, ParleyDb target, CancellationToken ct)
    {
        var copied = 0;
        long after = 0;
        while (true)
        {
            var batch = await source.AuditEntries.AsNoTracking().Where(a => a.Id > after).OrderBy(a => a.Id).Take(AuditBatch).ToListAsync(ct);
            if (batch.Count == 0) break;
            after = batch[^1].Id;
            target.AuditEntries.AddRange(batch.Select(a => new AuditEntry
            {
                At = a.At, Actor = a.Actor, Origin = a.Origin, Action = a.Action, Kind = a.Kind, RecordKey = a.RecordKey, Before = a.Before, After = a.After,
            }));
            await target.SaveChangesAsync(ct);
            target.ChangeTracker.Clear();
            copied += batch.Count;
        }
        return copied;
    }
}
