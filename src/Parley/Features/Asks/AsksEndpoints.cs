using Parley.Analyses.Asks;
using Parley.Domain;
using Parley.Features.Analyses;
using Parley.Store;

namespace Parley.Features.Asks;

/// <summary>GET /api/v1/asks?round=…: the ranked asks for a round, as the CLI gives them; a bad round or date is a 400 naming it.</summary>
public static class AsksEndpoints
{
    public static void MapAsksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/asks").WithTags("asks");
        api.MapGet("", async (ParleyDb db, string? round, string? date, string? to, CancellationToken ct) =>
            {
                try
                {
                    var on = string.IsNullOrWhiteSpace(date) ? (DateOnly?)null
                        : PartialDate.TryParse(date, out var d) ? d.Earliest : throw new UserError($"date: '{date}' is not a date of the form YYYY-MM-DD");
                    var result = await AsksQuery.RunAsync(db, round, DateOnly.FromDateTime(DateTime.UtcNow), on, to, ct);
                    return Results.Json(result, AnalysisJson.Options);
                }
                catch (UserError e)
                {
                    return Results.Problem(detail: e.Message, statusCode: StatusCodes.Status400BadRequest, title: "The asks could not be computed");
                }
            })
            // Answered as a JSON result, the shape the reader's view withholds case names from.
            .WithName("asks-for-round").Produces<AsksResult>().ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Asks for a round being prepared: ranked, each with the institution that can act, a deadline, an indicator, a lever, risk and cited evidence");
    }
}
