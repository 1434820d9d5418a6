using Parley.Features.Accounts;
using Parley.Store;

namespace Parley.Features.Search;

/// <summary>GET /api/v1/search?q=...: the search box as JSON; a query that cannot be run is a 400 with the reason.</summary>
public static class SearchEndpoints
{
    public static void MapSearch(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/search", async (ParleyDb db, System.Security.Claims.ClaimsPrincipal user, string? q, string? kind, string? area, string? party, int? year, string? status,
            int? limit, int? offset, CancellationToken ct) =>
        {
            var readsCases = CaseAccess.Allowed(user);
            var outcome = await SearchEngine.SearchAsync(db, q, new SearchFilters(kind, area, party, year, status),
                limit ?? SearchEngine.DefaultLimit, offset ?? 0, ct, readsCases);
            if (outcome.Results is { } found && !readsCases)
            {
                var names = await CaseAccess.FoldedNamesAsync(db, ct);
                outcome = outcome with { Results = found.Scrubbed(text => CaseAccess.Scrub(text, names)) };
            }
            return outcome.Results is { } results
                ? Results.Json(results)
                : Results.Problem(detail: outcome.Error, statusCode: StatusCodes.Status400BadRequest, title: "The search query cannot be run");
        });
}
