using System.Security.Claims;
using Parley.Analyses.Asks;
using Parley.Features.Accounts;
using Parley.Features.Records;
using Parley.Domain;
using Parley.Features.Analyses;
using Parley.Store;

namespace Parley.Features.Asks;

/// <summary>GET /api/v1/asks?round=…: the ranked asks for a round, as the CLI gives them; a bad round or date is a 400 naming it.</summary>
public static class AsksEndpoints
{
    /// <summary>The body of POST /api/v1/asks/decisions: accept (with optional edits) or drop one ask of a round.</summary>
    public sealed record DecisionRequest(string? Round, string? Ask, bool Accept, string? Action = null, string? Deadline = null, string? Indicator = null,
        string? Institution = null);

    /// <summary>The answer to a decision: the decision as saved.</summary>
    public sealed record DecisionAnswer(string Key, string Ask, bool Accepted, string Action, string? Deadline, string? Indicator, string? Commitment);

    /// <summary>The body of POST /api/v1/asks/commitments: the held round whose accepted asks become commitments.</summary>
    public sealed record CommitmentsRequest(string? Round);

    /// <summary>The commitments recorded, by key and title.</summary>
    public sealed record CommitmentsAnswer(IReadOnlyList<string> Keys, IReadOnlyList<string> Titles);

    public static void MapAsksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/asks").WithTags("asks");
        api.MapGet("", async (ParleyDb db, string? round, string? date, string? to, CancellationToken ct) =>
            {
                try
                {
                    var on = string.IsNullOrWhiteSpace(date) ? (DateOnly?)null
                        : PartialDate.TryParse(date, out var d) ? d.Earliest : throw new UserError($"date: '{date}' is not a date of the form YYYY-MM-DD");
                    var result = await AsksQuery.RunAsync(db, round, StoreClock.Today(), on, to, ct);
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
        api.MapPost("/decisions", async (ParleyDb db, ClaimsPrincipal user, DecisionRequest body, CancellationToken ct) =>
            {
                db.ActAs(user);
                db.Origin = "api";
                try
                {
                    var d = await AskDecisions.DecideAsync(db, body.Round ?? "", body.Ask ?? "", body.Accept,
                        new AskDecisions.Edits(body.Action, body.Deadline, body.Indicator, body.Institution), StoreClock.Today(), ct);
                    return Results.Json(new DecisionAnswer(d.Key, d.AskKey, d.Accepted, d.Action, d.Deadline?.ToString(), d.Indicator, null), AnalysisJson.Options);
                }
                catch (UserError e)
                {
                    return Results.Problem(detail: e.Message, statusCode: StatusCodes.Status400BadRequest, title: "The decision was not saved");
                }
            })
            .RequireAuthorization(Policies.Write).WithName("decide-ask").Produces<DecisionAnswer>().ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Accept (as proposed or edited) or drop an ask for a round; an accepted ask goes on the round's agenda");
        api.MapPost("/commitments", async (ParleyDb db, ClaimsPrincipal user, CommitmentsRequest body, CancellationToken ct) =>
            {
                db.ActAs(user);
                db.Origin = "api";
                try
                {
                    var made = await AskDecisions.RecordCommitmentsAsync(db, body.Round ?? "", StoreClock.Today(), ct);
                    return Results.Json(new CommitmentsAnswer(made.Select(c => c.Key).ToList(), made.Select(c => c.Title).ToList()), AnalysisJson.Options);
                }
                catch (UserError e)
                {
                    return Results.Problem(detail: e.Message, statusCode: StatusCodes.Status400BadRequest, title: "No commitment was recorded");
                }
            })
            .RequireAuthorization(Policies.Write).WithName("record-ask-commitments").Produces<CommitmentsAnswer>().ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Record the accepted asks of a held round as commitments with their owner, deadline and indicator");
    }
}
