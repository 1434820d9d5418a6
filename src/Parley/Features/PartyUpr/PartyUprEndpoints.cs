using Parley.Store;

namespace Parley.Features.PartyUpr;

/// <summary>GET /api/v1/parties/{key}/upr: a party's UPR recommendations received and made, by cycle and response.</summary>
public static class PartyUprEndpoints
{
    public static void MapPartyUpr(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/parties/{key}/upr", async (string key, ParleyDb db, CancellationToken ct) =>
                await PartyUprQuery.QueryAsync(db, key, ct) is { } record
                    ? Results.Json(PartyUprView.Of(record))
                    : Results.Problem(detail: $"no party with key '{key}'", statusCode: StatusCodes.Status404NotFound))
            .WithTags("parties").WithName("party-upr")
            .WithSummary("A party's UPR recommendations, received and made, counted by cycle and response")
            .Produces<PartyUprView>().ProducesProblem(StatusCodes.Status404NotFound);
}
