using Parley.Store;

namespace Parley.Features.PartyUpr;

/// <summary>GET /api/v1/parties/{key}/upr: a party's UPR recommendations received and made, by cycle and response.</summary>
public static class PartyUprEndpoints
{
    public static void MapPartyUpr(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/parties/{key}/upr", async (string key, ParleyDb db, CancellationToken ct) =>
            await PartyUprQuery.QueryAsync(db, key, ct) is { } record
                ? Results.Json(new
                {
                    party = new { key = record.Key, name = record.Name },
                    received = record.Received.Select(Tally),
                    made = record.Made.Select(Tally),
                })
                : Results.NotFound(new { error = $"no party with key '{key}'" }));

    private static object Tally(UprTally t) => new { cycle = t.Cycle, response = Interchange.KebabEnumConverter.Word(t.Response), count = t.Count };
}
