using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Features.Accounts;
using Parley.Store;

namespace Parley.Features.Search;

/// <summary>
/// Runs a search on either store: FTS5 with bm25 on SQLite, tsvector with ts_rank_cd on PostgreSQL, the same parsed
/// query, filters and facets on both. The total counts matches up to <see cref="CountLimit"/>; ranking reads only the best, and the facets
/// count the best <see cref="FacetSample"/> (the page says so when there are more). The page, the API and the CLI all call this.
/// </summary>
public static class SearchEngine
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static readonly IReadOnlyList<string> FacetNames = ["kind", "area", "party", "year", "status"];

    /// <summary>
    /// <paramref name="shown"/> is what the reader may see (<see cref="ReaderView"/>; everything when not given): a reader
    /// without case access gets no case records in the hits and the facets, and the other hits' titles and snippets with
    /// case names withheld from the plain text before the matched words are marked, so no mark can split a name.
    /// </summary>
    public static async Task<SearchOutcome> SearchAsync(ParleyDb db, string? text, SearchFilters? filters = null, int limit = DefaultLimit, int offset = 0,
        CancellationToken ct = default, Withholding? shown = null)
    {
        shown ??= Withholding.None;
        var withCases = shown.ShowsCases;
        if (!SearchQuery.TryParse(text, out var query, out var error)) return new SearchOutcome(null, error);
        filters ??= SearchFilters.None;
        if (filters.Kind is { } kind && !SearchIndexer.Kinds.Contains(kind))
            return new SearchOutcome(null, $"there is no kind '{kind}'; use one of {string.Join(", ", SearchIndexer.Kinds)}");
        limit = Math.Clamp(limit, 1, MaxLimit);
        offset = Math.Max(0, offset);

        var sqlite = db.Database.IsSqlite();
        // On SQLite the kind is a column of the FTS5 index (SearchSchema.KindUp): the words must match in the title or
        // body, and the kind filter and the leaving out of cases are terms the index answers without reading entries.
        var words = sqlite ? $"{{TitleTerms BodyTerms}} : ({query.ToFts5()})" : query.ToTsQuery();
        var kindTerms = !sqlite ? "" : (filters.Kind is { } only ? $" AND Kind : \"{only}\"" : "") + (withCases ? "" : " NOT Kind : \"case\"");
        var match = words + kindTerms;
        // bm25 first counts every row holding each term of the MATCH, the kind term too (a million rows for
        // "recommendation", ~40 ms): so the ranking matches the words alone (@words) and keeps the rows of the kind
        // by the ids found already (+rowid: a filter on the found rows, not a lookup into the index per id).
        var ofKind = kindTerms.Length == 0 ? "" : """ AND +rowid IN (SELECT value FROM json_each(@ids))""";
        var where = Filters(filters, sqlite) + (withCases || sqlite ? "" : """ AND e."Kind" <> 'case'""");
        // Without filters SQLite ranks in the full-text index alone and reads the entries of the best rows only.
        // Only matches from @cut up are ranked: the newest RankSample of them (see RankSample).
        var ranked = sqlite
            ? where.Length == 0
                ? $"""SELECT rowid AS "Id", bm25("SearchIndex", 10.0, 1.0, 0.0) AS "Score" FROM "SearchIndex" WHERE "SearchIndex" MATCH @words AND rowid >= @cut{ofKind}"""
                : $"""SELECT e."Id", bm25("SearchIndex", 10.0, 1.0, 0.0) AS "Score" FROM "SearchIndex" JOIN "SearchEntries" e ON e."Id" = "SearchIndex".rowid WHERE "SearchIndex" MATCH @words AND "SearchIndex".rowid >= @cut{ofKind.Replace("+rowid", "+\"SearchIndex\".rowid", StringComparison.Ordinal)}{where}"""
            // PostgreSQL scores the sampled ids found already: a range from @cut tempts its planner into reading every
            // entry from there in id order and testing each vector (50 ms at 100,000 records) instead of the GIN index.
            : """SELECT e."Id", -ts_rank_cd(e."Vector", q) AS "Score" FROM "SearchEntries" e, to_tsquery('simple', @query) q WHERE e."Id" = ANY(@ids)""";
        // The newest matches first: the newest RankSample are read (they are ranked), the older ones only counted, in
        // the store, up to CountLimit + 1 in all (counting stops there: a full count of a common word reads every match,
        // a million for some). The older ones' ids were read into .NET only to be counted; SQLite counts them in place.
        var id = sqlite && where.Length == 0 ? "rowid" : "e.\"Id\"";
        string Newest(string older) => sqlite
            ? where.Length == 0
                ? $"""SELECT rowid FROM "SearchIndex" WHERE "SearchIndex" MATCH @query{older} ORDER BY rowid DESC"""
                : $"""SELECT e."Id" FROM "SearchIndex" JOIN "SearchEntries" e ON e."Id" = "SearchIndex".rowid WHERE "SearchIndex" MATCH @query{where}{older} ORDER BY e."Id" DESC"""
            : $"""SELECT e."Id" FROM "SearchEntries" e WHERE e."Vector" @@ to_tsquery('simple', @query){where}{older} ORDER BY e."Id" DESC""";
        var best = Math.Max(FacetSample, offset + limit);
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(ct);
        try
        {
            var sampled = new List<long>();
            var older = 0L;
            // A reader without case access asking for cases: nothing to find, and nothing to ask the store.
            if (withCases || filters.Kind != "case")
            {
                await using (var command = Command(connection, filters, match, $"{Newest("")} LIMIT {RankSample}"))
                await using (var reader = await command.ExecuteReaderAsync(ct))
                    while (await reader.ReadAsync(ct)) sampled.Add(reader.GetInt64(0));
                if (sampled.Count == RankSample)
                {
                    await using var command = Command(connection, filters, match, $"SELECT count(*) FROM ({Newest($" AND {id} < @before")} LIMIT {CountLimit + 1 - RankSample}) o");
                    Add(command, "before", sampled[^1]);
                    older = Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            var totalCapped = sampled.Count + older > CountLimit;
            var total = (int)Math.Min(sampled.Count + older, CountLimit);
            // The oldest match ranked, also when all are: the ranking reads the words' matches from there on only.
            var cut = sampled.Count > 0 ? sampled[^1] : 0;

            // The best matches (lower score is better on both stores), with what the facets count: at most
            // FacetSample of them, so a common word in a million records costs the same as a rare one.
            var rows = new List<(long Id, double Score, string Kind, string Key, string? Party, int? Year, string? Status, IReadOnlyList<string> Areas)>();
            if (total > 0)
            {
                await using var command = Command(connection, filters, match, cut, words, !sqlite ? sampled.ToArray() : ofKind.Length > 0 ? JsonSerializer.Serialize(sampled) : null,
                    $"""SELECT e."Id", r."Score", e."Kind", e."RecordKey", e."Party", e."Year", e."Status", e."Areas" FROM ({ranked} ORDER BY "Score", "Id" LIMIT {best}) r JOIN "SearchEntries" e ON e."Id" = r."Id" ORDER BY r."Score", e."Id" """);
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                    rows.Add((reader.GetInt64(0), Convert.ToDouble(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture), reader.GetString(2), reader.GetString(3),
                        reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetInt32(5),
                        reader.IsDBNull(6) ? null : reader.GetString(6), Areas(reader.GetValue(7))));
            }

            var page = rows.Skip(offset).Take(limit).ToList();
            var texts = new Dictionary<long, (string Title, string Body)>();
            if (page.Count > 0)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"""SELECT "Id", "Title", "Body" FROM "SearchEntries" WHERE "Id" IN ({string.Join(", ", page.Select(r => r.Id))})""";
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct)) texts[reader.GetInt64(0)] = (reader.GetString(1), reader.GetString(2));
            }
            var hits = page.Select(r =>
            {
                var (titleText, body) = (shown.Text(texts[r.Id].Title), shown.Text(texts[r.Id].Body));
                var title = Highlighter.Pieces(titleText, query);
                var snippet = Highlighter.Pieces(body, query, Highlighter.SnippetLength);
                return new SearchHit(r.Kind, r.Key, titleText, Highlighter.Html(title), Highlighter.Plain(snippet), Highlighter.Html(snippet),
                    Math.Abs(r.Score), r.Party, r.Year, r.Status, r.Areas);
            }).ToList();

            var sample = rows.Take(FacetSample).ToList();
            var facets = new Dictionary<string, IReadOnlyList<FacetValue>>
            {
                ["kind"] = Count(sample.Select(r => r.Kind)),
                ["area"] = Count(sample.SelectMany(r => r.Areas.Distinct())),
                ["party"] = Count(sample.Select(r => r.Party)),
                ["year"] = [.. sample.Where(r => r.Year is not null).GroupBy(r => r.Year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Select(g => new FacetValue(g.Key, g.Count())).OrderByDescending(v => v.Value, StringComparer.Ordinal)],
                ["status"] = Count(sample.Select(r => r.Status)),
            };
            var results = new SearchResults(text!.Trim(), filters, total, offset, hits,
                FacetNames.ToDictionary(f => f, f => facets[f]), FacetsOver: Math.Min(total, FacetSample)) { TotalCapped = totalCapped };
            return new SearchOutcome(results, null);
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
    }

    /// <summary>
    /// Matches are counted up to this many; past it the total reads "more than 10,000" (<see cref="SearchResults.TotalCapped"/>).
    /// Counting every match of a word in most records costs tens of milliseconds and tells a reader nothing more.
    /// </summary>
    public const int CountLimit = 10_000;

    /// <summary>
    /// Facets count the best matches up to this many; past it the page says so. 300 read under a third of the
    /// entries 1,000 did (with their JSON areas). They lean further toward the best-ranked kind: for `labour unions` at a
    /// million records the best 300 are all cases (the best 1,000 were 602 recommendations, 398 cases).
    /// </summary>
    public const int FacetSample = 300;

    /// <summary>
    /// At most this many matches are ranked: the newest ones (highest entry ids), when a query matches more. bm25
    /// costs ~1.7 µs a match (it reads each match's positions and length) after ~2.5 ms counting each word's rows: at a
    /// million records 1,000 cost ~4.3 ms, 2,000 ~6 ms, a third of a two-word search; a query that matches this many
    /// is one to narrow, and the page says how it was ranked.
    /// </summary>
    public const int RankSample = 1000;

    private static IReadOnlyList<FacetValue> Count(IEnumerable<string?> values) =>
        [.. values.OfType<string>().GroupBy(v => v).Select(g => new FacetValue(g.Key, g.Count()))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)];

    private static string Filters(SearchFilters filters, bool sqlite) => string.Concat(
        filters.Kind is null || sqlite ? "" : """ AND e."Kind" = @kind""",
        filters.Party is null ? "" : """ AND e."Party" = @party""",
        filters.Year is null ? "" : """ AND e."Year" = @year""",
        filters.Status is null ? "" : """ AND e."Status" = @status""",
        filters.Area is null ? "" : sqlite
            ? """ AND EXISTS (SELECT 1 FROM json_each(e."Areas") a WHERE a.value = @area)"""
            : """ AND @area = ANY(e."Areas")""");

    private static DbCommand Command(DbConnection connection, SearchFilters filters, string query, string sql) => Command(connection, filters, query, null, null, null, sql);

    private static DbCommand Command(DbConnection connection, SearchFilters filters, string query, long? cut, string? words, object? ids, string sql)
    {
        var sqlite = connection is Microsoft.Data.Sqlite.SqliteConnection;
        var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "query", query);
        if (cut is { } from && sqlite) Add(command, "cut", from);
        if (words is not null && sqlite) Add(command, "words", words);
        if (ids is not null) Add(command, "ids", ids);
        if (filters.Kind is { } kind && !sqlite) Add(command, "kind", kind);
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
