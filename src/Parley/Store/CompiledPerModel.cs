using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Parley.Store;

/// <summary>
/// An EF Core compiled query (EF.CompileAsyncQuery), compiled on first use for each model: SQLite's and PostgreSQL's
/// models differ, and one process may open both. For reads on every request, where building the query afresh cost
/// as much as running it.
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConcurrentDictionary<IModel, TQuery> _compiled = new();

    public TQuery For(ParleyDb db) => _compiled.GetOrAdd(db.Model, _ => compile());
}
