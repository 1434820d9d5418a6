using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Search;

/// <summary>How the search box sees the records of one kind, whatever its type.</summary>
public interface ISearchText
{
    /// <summary>The kind as search names it: "commitment".</summary>
    string Kind { get; }
    Type EntityType { get; }
    SearchFacts Describe(object record, SearchLinks links);
    /// <summary>The record's texts search leaves out on purpose (codes, not words), each with its reason in the kind's description.</summary>
    IReadOnlySet<string> NotSearched { get; }
    /// <summary>Every record of the kind with the links its entry names, for building the entries afresh.</summary>
    Task<List<object>> LoadAllAsync(ParleyDb db, CancellationToken ct);
}

/// <summary>A searchable kind's entry, written in the kind's description: its words and facets, and the links they name.</summary>
public sealed class SearchText<T>(string kind, Func<T, SearchLinks, SearchFacts> describe, params string[] includes) : ISearchText where T : class, IKeyed
{
    public string Kind => kind;
    public Type EntityType => typeof(T);
    public IReadOnlySet<string> NotSearched { get; init; } = new HashSet<string>();

    public SearchFacts Describe(object record, SearchLinks links) => describe((T)record, links);

    public async Task<List<object>> LoadAllAsync(ParleyDb db, CancellationToken ct)
    {
        IQueryable<T> query = db.Set<T>();
        foreach (var include in includes) query = query.Include(include);
        if (includes.Length > 1) query = query.AsSplitQuery();
        return [.. await query.ToListAsync(ct)];
    }
}
