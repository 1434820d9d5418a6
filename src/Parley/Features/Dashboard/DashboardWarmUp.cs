using Parley.Store;

namespace Parley.Features.Dashboard;

/// <summary>
/// Computes the dashboard's kept figures as soon as the server listens, so the first visitor after a start does not
/// wait for them (seconds at a million recommendations); a visitor who comes sooner waits for this one computation
/// instead of starting another.
/// </summary>
public static class DashboardWarmUp
{
    public static async Task RunAsync(IServiceProvider services, ILogger logger, CancellationToken ct)
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParleyDb>();
            await StoreSummary.OfAsync(db, ct);
            await UprReview.OfAsync(db, ct);
            await AttentionRecords.OfAsync(db, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The server is stopping.
        }
        catch (Exception e)
        {
            // Not fatal: the first view computes them instead.
            logger.LogWarning(e, "Could not compute the dashboard figures in advance");
        }
    }
}
