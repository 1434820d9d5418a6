using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Parley.Store;

namespace Parley.Features.Search;

/// <summary>
/// Writes the search entries of the records a save changes in that same save, so both commit or roll back together.
/// Registered with the store when the program loads: every context, CLI, web or test, keeps search in step.
/// </summary>
internal sealed class SearchIndexing : SaveChangesInterceptor
{
#pragma warning disable CA2255 // The program's own module: the store must index every save, whichever entry point opened it.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register() => SaveInterceptors.Add(new SearchIndexing());

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is ParleyDb db) SearchIndexer.Refresh(db);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ParleyDb db) SearchIndexer.Refresh(db);
        return ValueTask.FromResult(result);
    }
}
