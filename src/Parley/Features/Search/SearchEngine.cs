using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Store;

namespace Parley.Features.Search;

/// <summary>
/// Runs a search on either store: FTS5 with bm25 on SQLite, tsvector with ts_rank_cd on PostgreSQL, the same parsed
/// query, filters and facets on both. The page, the API and the CLI all call this.
/// </summary>
public static class SearchEngine
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static readonly IReadOnlyList<string> FacetNames = ["kind", "area", "party", "year", "status"];

    /// <summary>
    /// <paramref name="withCases"/> false leaves case records out of the hits and the facets (a reader without case
    /// access); <see cref="SearchResults.Scrubbed"/> then takes names out of the other hits' text.
    /// </summary>
    public static async Task<SearchOutcome> SearchAsync(ParleyDb db, string? text, SearchFilters? filters = null, int limit = DefaultLimit, int offset = 0,
        CancellationToken ct = default, bool withCases = true)
    {
        if (!SearchQuery.TryParse(text, out var query, out var error)) return new SearchOutcome(null, error);
        filters ??= SearchFilters.None;
        if (filters.Kind is { } kind && !SearchIndexer.Kinds.Contains(kind))
            return new SearchOutcome(null, $"there is no kind '{kind}'; use one of {string.Join(", ", SearchIndexer.Kinds)}");
        limit = Math.Clamp(limit, 1, MaxLimit);
        offset = Math.Max(0, offset);

        var sqlite = db.Database.IsSqlite();
        var matched = sqlite ? SqliteMatches : PostgresMatches;
        var where = Filters(filters, sqlite) + (withCases ? "" : """ AND e."Kind" <> 'case'""");
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(ct);
        try
        {
            var hits = new List<SearchHit>();
            await using (var command = Command(connection, filters, sqlite ? query.ToFts5() : query.ToTsQuery(),
                $"""WITH m AS ({matched}{where}) SELECT "Kind", "RecordKey", "Title", "Body", "Party", "Year", "Status", "Areas", "Score" FROM m ORDER BY "Score" {(sqlite ? "ASC" : "DESC")}, "Kind", "RecordKey" LIMIT {limit} OFFSET {offset}"""))
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    var title = Highlighter.Pieces(reader.GetString(2), query);
                    var snippet = Highlighter.Pieces(reader.GetString(3), query, Highlighter.SnippetLength);
                    hits.Add(new SearchHit(reader.GetString(0), reader.GetString(1), reader.GetString(2), Highlighter.Html(title),
                        Highlighter.Plain(snippet), Highlighter.Html(snippet), Math.Abs(Convert.ToDouble(reader.GetValue(8))),
                        reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetInt32(5),
                        reader.IsDBNull(6) ? null : reader.GetString(6), Areas(reader.GetValue(7))));
                }
            }

            var facets = FacetNames.ToDictionary(f => f, _ => new List<FacetValue>());
            await using (var command = Command(connection, filters, sqlite ? query.ToFts5() : query.ToTsQuery(),
                $"""
                WITH m AS ({matched}{where})
                SELECT 'kind', "Kind", COUNT(*) FROM m GROUP BY "Kind"
                UNION ALL SELECT 'party', "Party", COUNT(*) FROM m WHERE "Party" IS NOT NULL GROUP BY "Party"
                UNION ALL SELECT 'year', CAST("Year" AS TEXT), COUNT(*) FROM m WHERE "Year" IS NOT NULL GROUP BY "Year"
                UNION ALL SELECT 'status', "Status", COUNT(*) FROM m WHERE "Status" IS NOT NULL GROUP BY "Status"
                UNION ALL {(sqlite
                    ? """SELECT 'area', a.value, COUNT(*) FROM m, json_each(m."Areas") a GROUP BY a.value"""
                    : """SELECT 'area', a, COUNT(*) FROM m, unnest(m."Areas") a GROUP BY a""")}
                """))
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                    facets[reader.GetString(0)].Add(new FacetValue(reader.GetString(1), Convert.ToInt32(reader.GetValue(2))));
            }
            var total = facets["kind"].Sum(f => f.Count);
            var ordered = facets.ToDictionary(f => f.Key, f => (IReadOnlyList<FacetValue>)(f.Key == "year"
                ? [.. f.Value.OrderByDescending(v => v.Value, StringComparer.Ordinal)]
                : [.. f.Value.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)]));
            return new SearchOutcome(new SearchResults(text!.Trim(), filters, total, offset, hits, ordered), null);
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
    }

    private const string SqliteMatches = """
        SELECT e."Kind", e."RecordKey", e."Title", e."Body", e."Party", e."Year", e."Status", e."Areas", bm25("SearchIndex", 10.0, 1.0) AS "Score"
        FROM "SearchIndex" JOIN "SearchEntries" e ON e."Id" = "SearchIndex".rowid
        WHERE "SearchIndex" MATCH @query
        """;

    private const string PostgresMatches = """
        SELECT e."Kind", e."RecordKey", e."Title", e."Body", e."Party", e."Year", e."Status", e."Areas", ts_rank_cd(e."Vector", q) AS "Score"
        FROM "SearchEntries" e, to_tsquery('simple', @query) q
        WHERE e."Vector" @@ q
        """;

    private static string Filters(SearchFilters filters, bool sqlite) => string.Concat(
        filters.Kind is null ? "" : """ AND e."Kind" = @kind""",
        filters.Party is null ? "" : """ AND e."Party" = @party""",
        filters.Year is null ? "" : """ AND e."Year" = @year""",
        filters.Status is null ? "" : """ AND e."Status" = @status""",
        filters.Area is null ? "" : sqlite
            ? """ AND EXISTS (SELECT 1 FROM json_each(e."Areas") a WHERE a.value = @area)"""
            : """ AND @area = ANY(e."Areas")""");

    private static DbCommand Command(DbConnection connection, SearchFilters filters, string query, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "query", query);
        if (filters.Kind is { } kind) Add(command, "kind", kind);
        if (filters.Party is { } party) Add(command, "party", party);
        if (filters.Year is { } year) Add(command, "year", year);
        if (filters.Status is { } status) Add(command, "status", status);
        if (filters.Area is { } area) Add(command, "area", area);
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>The areas column: JSON text on SQLite, a text[] on PostgreSQL.</summary>
    private static IReadOnlyList<string> Areas(object value) => value switch
    {
        string[] array => array,
        string json => JsonSerializer.Deserialize<List<string>>(json) ?? [],
        _ => [],
    };
}
