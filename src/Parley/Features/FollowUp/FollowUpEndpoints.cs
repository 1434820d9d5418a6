using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Parley.Features.Accounts;
using Parley.Store;

namespace Parley.Features.FollowUp;

/// <summary>
/// /api/v1/follow-up: assignments with their derived state, what is due (overall, for the caller, for an institution),
/// and the writes an editor makes (assign, people, actions, indicators, reports, review). Reads for every reader,
/// writes for editors and admins; answers pass the reader's view like every endpoint's.
/// </summary>
public static class FollowUpEndpoints
{
    public static void MapFollowUp(this IEndpointRouteBuilder app)
    {
        // A report's evidence file, for everyone who may read follow-up (every reader sees every report). Always a
        // download, in the type its content was checked to be, never shown inline or guessed at by the browser.
        app.MapGet("/follow-up/evidence/{id:int}", async (int id, ParleyDb db, HttpContext http, CancellationToken ct) =>
            {
                if (await db.EvidenceFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct) is not { } file) return Results.NotFound();
                http.Response.Headers.XContentTypeOptions = "nosniff";
                return Results.File(file.Content, file.ContentType, file.FileName);
            })
            .RequireAuthorization(Policies.Read).ExcludeFromDescription();

        var api = app.MapGroup("/api/v1/follow-up").WithTags("follow-up");
        var read = api.MapGroup("").RequireAuthorization(Policies.Read);
        var write = api.MapGroup("").RequireAuthorization(Policies.Write);

        read.MapGet("/assignments", (ParleyDb db, CancellationToken ct) => Answer(() => FollowUpQuery.DocumentsAsync(db, StoreClock.Today(), ct)))
            .Typed<IReadOnlyList<AssignmentDocument>>().WithName("list-follow-ups").WithSummary("Every follow-up with its institutions, people, actions, indicators, reports and derived implementation state");
        read.MapGet("/assignments/{assignment}", async (string assignment, ParleyDb db, CancellationToken ct) =>
                await FollowUpQuery.DocumentAsync(db, assignment, StoreClock.Today(), ct) is { } found
                    ? TypedResults.Ok(found)
                    : Results.Problem(FollowUpChanges.MissingFollowUp(assignment).English, statusCode: StatusCodes.Status404NotFound))
            .Typed<AssignmentDocument>().ProducesProblem(StatusCodes.Status404NotFound).WithName("get-follow-up").WithSummary("One follow-up with its derived implementation state");
        read.MapGet("/due", (ParleyDb db, ClaimsPrincipal user, int? within, bool? mine, string? institution, CancellationToken ct) =>
                Answer(() => DueQuery.FindAsync(db, StoreClock.Today(), within ?? 30, mine == true ? CurrentUser.Name(user) : null, institution, ct)))
            .Typed<IReadOnlyList<DueItem>>().WithName("follow-up-due")
            .WithSummary("Actions and indicators due within the days given (default 30), overdue, or unreported past their frequency; mine=true for the caller's, institution=KEY for one institution's");

        read.MapGet("/progress", (ParleyDb db, string? by, string? since, CancellationToken ct) => Answer(() =>
                ProgressQuery.LoadAsync(db, ProgressStatistics.Parse(by), StoreClock.Today(), ProgressQuery.Since(since), ct)))
            .Typed<ProgressSummary>().WithName("follow-up-progress")
            .WithSummary("Accepted recommendations and commitments by derived implementation state, per issue area, institution, channel, cycle or recommending state (by=…), now and at the last round (or since=YYYY-MM-DD)");

        write.MapPost("/assignments", (AssignmentInput body, ParleyDb db, CancellationToken ct) => Write(db, async () =>
                (await FollowUpQuery.DocumentAsync(db, (await FollowUpChanges.AssignAsync(db, body, StoreClock.Today(), ct)).Key, StoreClock.Today(), ct))!))
            .Typed<AssignmentDocument>().ProducesProblem(StatusCodes.Status404NotFound).WithName("assign-follow-up").WithSummary("Assign a recommendation, a cluster by issue area, or a commitment to a lead institution and supporting ones");
        write.MapPost("/assignments/{assignment}/people", (string assignment, PersonInput body, ParleyDb db, CancellationToken ct) =>
                Write(db, async () => PersonDocument.Of(await FollowUpChanges.AddPersonAsync(db, assignment, body, ct))))
            .Typed<PersonDocument>().ProducesProblem(StatusCodes.Status404NotFound).WithName("add-follow-up-person").WithSummary("Add a person who follows the assignment: a Parley user or a contact with an e-mail address");
        write.MapPost("/assignments/{assignment}/actions", (string assignment, ActionInput body, ParleyDb db, CancellationToken ct) =>
                Write(db, async () => ActionDocument.Of(await FollowUpChanges.AddActionAsync(db, assignment, body, ct))))
            .Typed<ActionDocument>().ProducesProblem(StatusCodes.Status404NotFound).WithName("add-follow-up-action").WithSummary("Plan an action: what, who, target date");
        write.MapPost("/assignments/{assignment}/indicators", (string assignment, IndicatorInput body, ParleyDb db, CancellationToken ct) =>
                Write(db, async () => IndicatorDocument.Of(await FollowUpChanges.AddIndicatorAsync(db, assignment, body, ct))))
            .Typed<IndicatorDocument>().ProducesProblem(StatusCodes.Status404NotFound).WithName("add-follow-up-indicator").WithSummary("Add an indicator: measure, baseline, target, frequency, means of verification");
        write.MapPost("/assignments/{assignment}/reports", (string assignment, ReportInput body, ParleyDb db, CancellationToken ct) =>
                Write(db, async () => ReportDocument.Of(await FollowUpChanges.ReportAsync(db, assignment, body, ct))))
            .Typed<ReportDocument>().ProducesProblem(StatusCodes.Status404NotFound).WithName("add-follow-up-report").WithSummary("Record a progress report with its evidence and the implementation state it supports");
        write.MapPost("/assignments/{assignment}/reports/{number}/review", (string assignment, int number, ParleyDb db, CancellationToken ct) =>
                Write(db, async () => ReportDocument.Of(await FollowUpChanges.ReviewAsync(db, assignment, number, ct))))
            .Typed<ReportDocument>().ProducesProblem(StatusCodes.Status404NotFound).WithName("review-follow-up-report").WithSummary("Mark a progress report reviewed: from then on it counts towards the derived state");
    }

    /// <summary>
    /// The answer's type and the 400 for the OpenAPI document. Handlers return plain results (not Results&lt;…&gt;) so the
    /// reader's view can withhold what they carry.
    /// </summary>
    private static RouteHandlerBuilder Typed<T>(this RouteHandlerBuilder endpoint) =>
        endpoint.Produces<T>().ProducesProblem(StatusCodes.Status400BadRequest);

    /// <summary>A read whose parameters can be wrong: a mistake is a 400 naming the parameter.</summary>
    private static async Task<IResult> Answer<T>(Func<Task<T>> read)
    {
        try
        {
            return TypedResults.Ok(await read());
        }
        catch (UserError e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "The request could not be answered");
        }
    }

    /// <summary>A change: 200 with what was written, 404 for an unknown follow-up, 400 naming the field for anything else wrong.</summary>
    private static async Task<IResult> Write<T>(ParleyDb db, Func<Task<T>> change)
    {
        db.Origin = "api";
        try
        {
            return TypedResults.Ok(await change());
        }
        catch (UserError e)
        {
            var missing = FollowUpChanges.IsMissingFollowUp(e);
            return Results.Problem(e.Message, statusCode: missing ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest,
                title: missing ? "No such follow-up" : "The change was refused");
        }
    }
}
