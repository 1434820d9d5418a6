using System.Security.Claims;
using Parley.Features.Accounts;
using Parley.Features.Analyses.Cascade;
using Parley.Features.Analyses.Coverage;
using Parley.Features.Analyses.Enforceability;
using Parley.Features.Analyses.Framing;
using Parley.Features.Analyses.LegalClarity;
using Parley.Features.Analyses.Risk;
using Parley.Features.Analyses.Treaties;
using Parley.Store;

namespace Parley.Features.Analyses;

/// <summary>GET /api/v1/analyses/...: every analysis as JSON, with the same parameters as the CLI; a bad name is a 400 naming it.</summary>
public static class AnalysesEndpoints
{
    /// <summary>The body of POST /api/v1/analyses/framing.</summary>
    /// <remarks>Kind is what the statement will be ("press-release", "speech"): a public one that names a recorded case is flagged.</remarks>
    public sealed record FramingRequest(string? Text, string? Kind = null);

    public static void MapAnalysesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/analyses").WithTags("analyses");
        api.MapGet("/coverage", (ParleyDb db, string? channel, string? round, string? delegation, string? agenda, CancellationToken ct) =>
            Run(() => CoverageQuery.RunAsync(db, channel, round, delegation, agenda, ct)))
            .Describe<CoverageQuery.Answer>("coverage", "Coverage: which agenda items a delegation's powers reach in a channel or round");
        api.MapGet("/enforceability", (ParleyDb db, string? channel, string? party, string? asOf, CancellationToken ct) =>
            Run(() => EnforceabilityQuery.RunAsync(db, channel, party, AnalysisDate.Parse(asOf, "asOf") ?? StoreClock.Today(), ct)))
            .Describe<global::Parley.Analyses.Enforceability.EnforceabilityResult>("enforceability", "Enforceability: each commitment scored for what it lacks, with warnings as of a date");
        api.MapGet("/cascade", (ParleyDb db, string? framework, string? party, string? date, string? asOf, CancellationToken ct) =>
            Run(() => CascadeQuery.RunAsync(db, framework, party, AnalysisDate.Parse(asOf, "asOf") ?? AnalysisDate.Parse(date, "date"), StoreClock.Today(), ct)))
            .Describe<global::Parley.Analyses.Cascade.CascadeResult>("cascade", "Cascade: what lapses, and what leverage is lost, if a party leaves a framework on a date; nothing before the framework existed");
        api.MapGet("/leverage", (ParleyDb db, string? issueArea, string? asOf, CancellationToken ct) =>
            Run(() => CascadeQuery.LeverageAsync(db, issueArea, ct, AnalysisDate.Parse(asOf, "asOf"))))
            .Describe<global::Parley.Analyses.Cascade.LeverageResult>("leverage", "Leverage: the levers on an issue area in force, pending and lost as of a date");
        api.MapGet("/risk", (ParleyDb db, ClaimsPrincipal user, int? year, CancellationToken ct) =>
            Run(() => RiskQuery.RunAsync(db, year ?? StoreClock.Today().Year, ct, CaseAccess.Allowed(user))))
            .Describe<global::Parley.Analyses.Risk.RiskResult>("risk", "Risk of advocacy per issue area in a year, from case events and analysts' assessments");
        api.MapGet("/legal", (ParleyDb db, ClaimsPrincipal user, string? instrument, string? asOf, CancellationToken ct) =>
            Run(() => LegalClarityQuery.RunAsync(db, instrument, ct, CaseAccess.Allowed(user), AnalysisDate.Parse(asOf, "asOf"))))
            .Describe<global::Parley.Analyses.LegalClarity.LegalClarityResult>("legal", "Legal clarity: provisions ranked by vague wording and the cases charged under them");
        api.MapGet("/treaties", (ParleyDb db, string? party, string? asOf, CancellationToken ct) =>
            Run(() => TreatyStatusQuery.RunAsync(db, party ?? "", AnalysisDate.Parse(asOf, "asOf") ?? StoreClock.Today(), ct)))
            .Describe<global::Parley.Analyses.Treaties.TreatyStatusResult>("treaties", "Treaty status: where a party stands with each treaty on a date, and the recommendations asking it to join");
        api.MapGet("/law-changes", (ParleyDb db, string? since, string? channel, string? until, string? party, CancellationToken ct) =>
            Run(() => LawChanges.LawChangesQuery.RunAsync(db, AnalysisDate.Parse(since, "since"), channel, AnalysisDate.Parse(until, "until") ?? StoreClock.Today(), party, ct)))
            .Describe<global::Parley.Analyses.LawChanges.LawChangesResult>("law-changes", "Law changes: laws and articles adopted, entering into force or ending in a period, such as since a channel's last round");
        api.MapPost("/framing", (ParleyDb db, ClaimsPrincipal user, FramingRequest request, CancellationToken ct) =>
            Run(() => FramingQuery.RunAsync(db, request.Text ?? "", ct, FramingQuery.Kind(request.Kind, "kind"), CaseAccess.Allowed(user))))
            .Describe<global::Parley.Analyses.Framing.FramingResult>("framing", "Framing: a draft statement checked for wording, reassurance and detained persons named in public");
    }

    /// <summary>The OpenAPI description of an analysis: its name, summary, result type and the 400 a bad parameter gets.</summary>
    private static RouteHandlerBuilder Describe<T>(this RouteHandlerBuilder endpoint, string name, string summary) =>
        endpoint.WithName($"analyses-{name}").WithSummary(summary).Produces<T>().ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<IResult> Run<T>(Func<Task<T>> analysis)
    {
        try
        {
            return Results.Json(await analysis(), AnalysisJson.Options);
        }
        catch (UserError e)
        {
            return Results.Problem(detail: e.Message, statusCode: StatusCodes.Status400BadRequest, title: "The analysis could not run");
        }
    }
}
