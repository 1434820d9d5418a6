using Parley.Features.Accounts;
using Parley.Store;

namespace Parley.Features.Search;

/// <summary>GET /api/v1/search?q=...: the search box as JSON; a query that cannot be run is a 400 with the reason.</summary>
public static class SearchEndpoints
{
    public static void MapSearch(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/search", async (ParleyDb db, ReaderView reader, IConfiguration config, string? q, string? kind, string? area, string? party, int? year, string? status,
            int? limit, int? offset, bool? exact, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            if (limit is < 1 or > SearchEngine.MaxLimit) errors["limit"] = [$"must be from 1 to {SearchEngine.MaxLimit}"];
            if (offset is < 0) errors["offset"] = ["must be 0 or more"];
            if (errors.Count > 0) return Results.ValidationProblem(errors, title: "The search request has invalid parameters");
            var outcome = await SearchEngine.SearchAsync(db, q, new SearchFilters(kind, area, party, year, status),
                limit ?? SearchEngine.DefaultLimit, offset ?? 0, ct, await reader.WithholdingAsync(ct), exact ?? false,
                SearchLimits.From(name => config[name]));
            return outcome.Results is { } results
                ? Results.Json(results)
                : Results.ValidationProblem(new Dictionary<string, string[]> { [outcome.Error!.StartsWith("there is no kind", StringComparison.Ordinal) ? "kind" : "q"] = [outcome.Error] },
                    detail: outcome.Error, title: "The search query cannot be run");
        })
        .WithTags("search").WithName("search")
        .WithSummary("Search every kind of record by words, filtered by kind, issue area, party, year and status; ranked over all matches, paged by limit and offset; facet counts are exact, or estimates (facetsEstimated) past 50,000 matches unless exact=true; on PostgreSQL the total too (totalEstimated) when that many are expected")
        .Produces<SearchResults>().ProducesValidationProblem();
}
