using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Parley.Store;

/// <summary>
/// Drops the data version a request's context has read (<see cref="ParleyDb.DataVersionRead"/>) whenever it may have
/// changed outside a save: a statement that writes (ExecuteUpdate, ExecuteDelete, raw SQL) or the end of a transaction
/// (a rollback takes back the writes the version may have been read after). Saves drop it themselves
/// (<see cref="ParleyDb.SaveChangesAsync(bool, CancellationToken)"/>). Queries keep it: reads do not change the data.
/// </summary>
internal sealed class DataVersionWrites : IDbCommandInterceptor, IDbTransactionInterceptor
{
    public static readonly DataVersionWrites Instance = new();

    private static void Drop(DbContext? context)
    {
        if (context is ParleyDb db) db.DataVersionRead = null;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Drop(eventData.Context);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Drop(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Drop(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Drop(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Drop(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Drop(eventData.Context);
        return Task.CompletedTask;
    }

    public void RolledBackToSavepoint(DbTransaction transaction, TransactionEventData eventData) => Drop(eventData.Context);

    public Task RolledBackToSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default)
    {
        Drop(eventData.Context);
        return Task.CompletedTask;
    }
}
