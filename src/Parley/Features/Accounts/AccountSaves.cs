using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Parley.Store;

namespace Parley.Features.Accounts;

/// <summary>
/// Tells <see cref="AccountChanges"/> after a save that changed an account or a token, asked before the save (after
/// it, nothing is pending any more) and told only once it succeeded, so a token read meanwhile is not kept as if it
/// were read after the change.
/// </summary>
internal sealed class AccountSaves : SaveChangesInterceptor
{
#pragma warning disable CA2255 // The program's own module: every context, whichever entry point opened it, must tell.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register() => SaveInterceptors.Add(new AccountSaves());

    private static readonly object Changed = new();
    private readonly ConditionalWeakTable<DbContext, object> _pending = new();

    private void Before(DbContext? context)
    {
        if (context is ParleyDb db && AccountChanges.Pending(db)) _pending.AddOrUpdate(db, Changed);
    }

    private void After(DbContext? context)
    {
        if (context is not null && _pending.Remove(context)) AccountChanges.Saved();
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Before(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Before(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        After(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        After(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _pending.Remove(eventData.Context!);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending.Remove(eventData.Context!);
        return Task.CompletedTask;
    }
}
