using Microsoft.Extensions.Caching.Memory;
using Parley.Store;

namespace Parley.Features.Health;

/// <summary>
/// GET /health: unauthenticated liveness with the store's provider and schema version. Whether the store can be reached
/// is asked on every call (SQLite: the file is there; PostgreSQL: a connection opens), so a store that is gone answers
/// "unavailable" at once; the schema version is kept a few seconds (<see cref="KeptSchemaVersion"/>).
/// </summary>
public static class HealthEndpoints
{
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", async (ParleyDb db, IMemoryCache cache, CancellationToken ct) =>
        {
            var canConnect = await db.Database.CanConnectAsync(ct);
            return Results.Json(
                new HealthReport(canConnect ? "ok" : "unavailable", ParleyStore.ProviderName(db),
                    canConnect ? await KeptSchemaVersion.OfAsync(cache, db, ct) : null),
                statusCode: canConnect ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous().WithTags("health").WithName("health")
        .WithSummary("Liveness without signing in: whether the store can be reached, its provider and schema version")
        .Produces<HealthReport>().Produces<HealthReport>(StatusCodes.Status503ServiceUnavailable);
}
