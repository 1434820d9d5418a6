using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Parley.Features.Accounts;
using Parley.Features.Records;
using Parley.Store;

namespace Parley.Features.Tagging;

/// <summary>
/// GET /api/v1/recommendations/{key}/themes: the recommendation's suggested, confirmed and rejected themes;
/// POST /api/v1/recommendations/{key}/themes/confirm and /reject with {"label": "..."}: an editor's decision.
/// </summary>
public static class ThemeEndpoints
{
    public sealed record Decision(string Label);

    /// <summary>A theme as the API writes it: the status in lower case, the score to four places.</summary>
    public sealed record ThemeDocument(string Label, double Score, IReadOnlyList<string> Words, string ModelVersion, string Status,
        string? DecidedBy, DateTimeOffset? DecidedAt, IReadOnlyList<string> IssueAreas, string? Sdg);

    private static ThemeDocument Document(ThemeSuggestionView t) => new(t.Label, Math.Round(t.Score, 4), t.Words, t.ModelVersion,
        t.Status.ToString().ToLowerInvariant(), t.DecidedBy, t.DecidedAt, t.IssueAreas, t.Sdg);

    public static void MapThemes(this IEndpointRouteBuilder app)
    {
        // The shipped model loads (and ML.NET compiles its featuriser) once, at start, so the first page that shows
        // themes does not wait for it.
        _ = Task.Run(() => ThemeModels.Shipped.Predict(["Ratify the Convention against Torture"], explain: true));
        var group = app.MapGroup("/api/v1/recommendations/{key}/themes").WithTags("themes");
        group.MapGet("/", async (string key, ParleyDb db, ClaimsPrincipal user, CancellationToken ct) =>
                await db.Recommendations.AsNoTracking().SingleOrDefaultAsync(r => r.Key == key, ct) is { } recommendation
                    ? Results.Json((await ThemeSuggestions.ForAsync(db, recommendation, ct,
                        CaseAccess.Allowed(user) ? null : await CaseNames.OfAsync(db, ct))).Select(Document))
                    : Results.Problem($"no recommendation with key '{key}'", statusCode: StatusCodes.Status404NotFound))
            .RequireAuthorization(Policies.Read).WithName("list-themes").Produces<ThemeDocument[]>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A recommendation's themes: label, score, the words that drove it, model version, status, issue areas and SDG");
        foreach (var (path, confirm) in new[] { ("confirm", true), ("reject", false) })
            group.MapPost("/" + path, async (string key, Decision body, ParleyDb db, ClaimsPrincipal user, CancellationToken ct) =>
                {
                    db.ActAs(user);
                    db.Origin = "api";
                    try
                    {
                        return Results.Json(Document(await ThemeSuggestions.DecideAsync(db, key, body.Label ?? "", confirm, ct)));
                    }
                    catch (UserError e)
                    {
                        return Results.Problem(e.Message, statusCode: e.Message.StartsWith("no recommendation", StringComparison.Ordinal) ? 404 : 409);
                    }
                })
                .RequireAuthorization(Policies.Write).WithName($"{path}-theme").Produces<ThemeDocument>()
                .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
                .WithSummary(confirm ? "Confirm a theme: the recommendation is filed under its issue areas" : "Reject a theme: it is not suggested again");
    }
}
