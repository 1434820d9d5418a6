using Microsoft.EntityFrameworkCore;

namespace Parley.Store;

/// <summary>
/// How many records of a kind the store holds, kept until its data changes: list pages and the API's unfiltered lists
/// showed the total on every page, and counting a million recommendations took ~20 ms each time. Kept by
/// <see cref="KeptPerVersion{T}"/> (which says why the framework's caches do not fit): a count is right until the data
/// version changes, not for a time.
/// </summary>
public static class KeptCount<T> where T : class
{
    private static readonly KeptPerVersion<int> Kept = new((db, ct) => db.Set<T>().CountAsync(ct));

    public static Task<int> OfAsync(ParleyDb db, CancellationToken ct) => Kept.OfAsync(db, ct);
}
