using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Parley.Store;

/// <summary>
/// The side effects features attach to every save (search entries written with their records, tokens read afresh
/// after an account changes), added to every context's options. Features register here when the program loads, so
/// the store runs them without knowing any feature.
/// </summary>
public static class SaveInterceptors
{
    private static readonly List<IInterceptor> Registered = [];

    public static void Add(IInterceptor interceptor)
    {
        lock (Registered) Registered.Add(interceptor);
    }

    internal static IInterceptor[] All
    {
        get { lock (Registered) return [.. Registered]; }
    }
}
