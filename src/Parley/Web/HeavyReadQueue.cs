using System.Threading.RateLimiting;

namespace Parley.Web;

/// <summary>
/// Requests that read many rows (searches, record lists, analyses, exports) run a few at a time and the rest wait
/// their turn, first come first served; none is refused. With 64 at once on two cores each held its rows in memory
/// while it waited for the processor (peak 708 MB at a million recommendations), and none finished sooner for it.
/// Small reads (one record, /health, the dashboard's kept figures) and writes (<see cref="SqliteWriteQueue"/>) never
/// wait here. The turns are the framework's concurrency limiter, run by its rate-limiting middleware after sign-in,
/// so a visitor who may not read does not take a turn.
/// </summary>
public static class HeavyReadQueue
{
    /// <summary>Two per core: one can use the processor while another waits on the disk.</summary>
    public static int DefaultRunning => Math.Max(2, Environment.ProcessorCount * 2);

    public static bool IsHeavy(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method)) return false;
        var path = request.Path;
        if (path.StartsWithSegments("/search") || path.StartsWithSegments("/api/v1/search")
            || path.StartsWithSegments("/api/v1/analyses") || path.StartsWithSegments("/analyses")
            || path.StartsWithSegments("/api/v1/audit") || path.StartsWithSegments("/audit")
            || path.StartsWithSegments("/timeline") || path.StartsWithSegments("/briefings"))
            return true;
        // A kind's list, not one record: /records/{kind} and /api/v1/{kind}.
        var segments = Segments(path.Value);
        return segments is ["records", _] or ["api", "v1", _];
    }

    private static string[] Segments(string? path) => (path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// <paramref name="running"/> heavy reads at once, the others queued oldest first without a limit: a reader who
    /// waits a little is better served than one refused.
    /// </summary>
    public static PartitionedRateLimiter<HttpContext> Limiter(int running) =>
        PartitionedRateLimiter.Create<HttpContext, bool>(context => IsHeavy(context.Request)
            ? RateLimitPartition.GetConcurrencyLimiter(true, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = running, QueueLimit = int.MaxValue, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            })
            : RateLimitPartition.GetNoLimiter(false));
}
