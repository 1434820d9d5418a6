using Parley.Store;

namespace Parley.Features.Health;

/// <summary>GET /health: unauthenticated liveness with the store's provider and schema version.</summary>
public static class HealthEndpoints
{
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", async (ParleyDb db, CancellationToken ct) =>
        {
            var canConnect = await db.Database.CanConnectAsync(ct);
            return Results.Json(
                new HealthReport(canConnect ? "ok" : "unavailable", ParleyStore.ProviderName(db),
                    canConnect ? await ParleyStore.SchemaVersionAsync(db, ct) : null),
                statusCode: canConnect ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous();
}
