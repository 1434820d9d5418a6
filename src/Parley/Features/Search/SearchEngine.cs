using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Features.Accounts;
using Parley.Store;

namespace Parley.Features.Search;

/// <summary>
/// Runs a search on either store: FTS5 with bm25 on SQLite, tsvector with RUM's ranking (ts_rank_cd without it, and
/// for phrases) on PostgreSQL, the same parsed query, filters and facets on both. Every match is ranked and counted: the best of all
/// matches come first, the total is exact, and so are the facets up to <see cref="SearchLimits.ExactLimit"/> matches (past it
/// they are estimated from an even sample unless exact counts are asked for; on PostgreSQL the total too, when the planner
/// expects that many). The page, the API and the CLI all call this.
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
    /// Past <see cref="SearchLimits.ExactLimit"/> matches the facets (and on PostgreSQL the total) are estimates unless
    /// <paramref name="exactFacets"/> asks for exact counts.
    /// </summary>
    public static Task<SearchOutcome> SearchAsync(ParleyDb db, string? text, SearchFilters? filters = null, int limit = DefaultLimit, int offset = 0,
        CancellationToken ct = default, Withholding? shown = null, bool exactFacets = false, SearchLimits? limits = null)
    {
        limits ??= SearchLimits.Defaults;
        return SearchAsync(db, text, filters, limit, offset, shown, exactFacets ? int.MaxValue : limits.ExactLimit, limits.SampleSize, ct);
    }

    private static async Task<SearchOutcome> SearchAsync(ParleyDb db, string? text, SearchFilters? filters, int limit, int offset,
        Withholding? shown, int exactFacetLimit, int facetSampleSize, CancellationToken ct)
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
        // On SQLite the kind is a column of the FTS5 index (the SearchKindColumn migration): the words must match in the
        // title or body, and the kind filter and the leaving out of cases are terms the index answers without reading
        // entries.
        var words = sqlite ? $"{{TitleTerms BodyTerms}} : ({query.ToFts5()})" : query.ToTsQuery();
        var kindTerms = !sqlite ? "" : (filters.Kind is { } only ? $" AND Kind : \"{only}\"" : "") + (withCases ? "" : " NOT Kind : \"case\"");
        var sql = new Sql(sqlite, words + kindTerms, Filters(filters, sqlite) + (withCases || sqlite ? "" : """ AND e."Kind" <> 'case'"""),
            query.Terms.Any(t => t.IsPhrase));
        // A reader without case access asking for cases: nothing to find, and nothing to ask the store.
        var nothing = !withCases && filters.Kind == "case";
        // PostgreSQL searches take turns on connections of their own, which stay warm (SearchConnections).
        using var turn = sqlite || nothing ? null : await SearchConnections.TurnAsync(ct);
        await using var own = sqlite || nothing ? null : SearchConnections.For(db.Database.GetDbConnection());
        var connection = own ?? db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(ct);
        Task<List<(long Id, double Score)>>? ranking = null;
        try
        {
            if (sqlite) await MapAsync(connection, ct);
            // SQLite ranks a kind or a filter over the matches found first (below); every other search's ranking needs
            // nothing from them, so it runs on a second connection while this one reads the facets: the two reads take
            // about as long each at a million records, and a reader waits for the longer one instead of both.
            // PostgreSQL without RUM's order (a phrase, or a server without the index) ranks with ts_rank_cd, which reads
            // each match's row as the facet read does: one scan does both, where two side by side read every row twice
            // on the two cores a request competes for (1M records, "independent journalists": 40 + 62 ms of server
            // time alone, 91 + 95 ms side by side). Only when the facets are read in full; else ranked below.
            // A phrase is ranked without RUM: its ranking of a phrase's matches took twice ts_rank_cd's (1M records,
            // "independent journalists", 21,160 matches: ~100 ms against ~52 ms, warm).
            var rum = !sqlite && !nothing && !sql.Phrase && await SearchRankIndex.PresentAsync(connection, ct);
            var rankInRead = !sqlite && !nothing && !rum;
            var rankFirst = !nothing && !rankInRead && !(sqlite && (sql.Where.Length > 0 || filters.Kind is not null));
            ranking = rankFirst ? RankAlongsideAsync(connection, filters, sql, offset + limit, rum, ct) : null;
            // Every match's facet values, in one read of the matches (up to the limit unless exact counts are asked for).
            var rows = new List<FacetRow>();
            var total = 0;
            var totalEstimated = false;
            // PostgreSQL: when the planner expects a common word's many matches, both the exact total and the facet rows
            // would read every match's heap row (seconds at a million records): a sample of the table estimates both.
            if (!nothing && !sqlite && exactFacetLimit != int.MaxValue
                && await PlannedAsync(connection, filters, sql.Match, sql.Planned, ct) is var planned && planned > exactFacetLimit
                && await SampleAsync(connection, filters, sql, planned, facetSampleSize, rows, ct) is var estimate && estimate > exactFacetLimit)
                (total, totalEstimated) = (estimate, true);
            else if (!nothing)
            {
                rows.Clear();
                await ReadAsync(connection, filters, sql, sql.FacetRows(exactFacetLimit == int.MaxValue ? null : exactFacetLimit + 1, rankInRead), rows, ct);
                total = rows.Count;
            }
            var estimated = totalEstimated;
            if (!totalEstimated && total > exactFacetLimit)
            {
                // Too many to read each: count them in the index, and read an even sample (entry numbers that are a multiple
                // of a step) for the facets, scaled to the total below.
                await using (var command = Command(connection, filters, sql.Match, sql.Count))
                    total = Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
                rows.Clear();
                await ReadAsync(connection, filters, sql, sql.FacetSample((total + facetSampleSize - 1) / facetSampleSize), rows, ct);
                estimated = true;
            }

            // The best offset + limit of all the matches (lower score is better on both stores).
            var rankedInRead = rankInRead && !estimated;
            var best = ranking is not null ? await ranking
                : rankedInRead ? [.. rows.OrderBy(r => r.Score).ThenBy(r => r.Id).Take(offset + limit).Select(r => (r.Id, r.Score))]
                : [];
            if (ranking is null && !rankedInRead && total > offset)
            {
                // With a kind term or a filter SQLite ranks the words alone over the matches already found: bm25 counts
                // the rows of every term of its MATCH, and the kind term "recommendation" is in most of them.
                var byIds = sqlite && !estimated;
                await using var command = Command(connection, filters, byIds ? words : sql.Match, sql.Ranked(offset + limit, false, byIds));
                if (byIds) Add(command, "ids", JsonSerializer.Serialize(rows.Select(r => r.Id)));
                await ReadRankedAsync(command, best, ct);
            }
            // RUM returns equal scores in its own order: sorted here by entry too, as the other paths sort in SQL.
            var page = best.OrderBy(r => r.Score).ThenBy(r => r.Id).Skip(offset).Take(limit).ToList();
            var entries = new Dictionary<long, SearchEntry>();
            if (page.Count > 0)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"""SELECT "Id", "Kind", "RecordKey", "Title", "Body", "Party", "Year", "Status", "Areas" FROM "SearchEntries" WHERE "Id" IN ({string.Join(", ", page.Select(r => r.Id))})""";
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                    entries[reader.GetInt64(0)] = new SearchEntry
                    {
                        Kind = reader.GetString(1), RecordKey = reader.GetString(2), Title = reader.GetString(3), Body = reader.GetString(4),
                        Party = reader.IsDBNull(5) ? null : reader.GetString(5), Year = reader.IsDBNull(6) ? null : reader.GetInt32(6),
                        Status = reader.IsDBNull(7) ? null : reader.GetString(7), Areas = [.. Areas(reader.GetValue(8))],
                    };
            }
            var hits = page.Select(r =>
            {
                var entry = entries[r.Id];
                var (titleText, body) = (shown.Text(entry.Title), shown.Text(entry.Body));
                var title = Highlighter.Pieces(titleText, query);
                var snippet = Highlighter.Pieces(body, query, Highlighter.SnippetLength);
                return new SearchHit(entry.Kind, entry.RecordKey, titleText, Highlighter.Html(title), Highlighter.Plain(snippet), Highlighter.Html(snippet),
                    Score(r.Score, sqlite), entry.Party, entry.Year, entry.Status, entry.Areas);
            }).ToList();

            // An estimate scales each sampled count to the total; exact counts are the rows themselves.
            var scale = estimated && rows.Count > 0 ? (double)total / rows.Count : 1.0;
            IReadOnlyList<FacetValue> Count(IEnumerable<string?> values) =>
                [.. values.OfType<string>().GroupBy(v => v).Select(g => new FacetValue(g.Key, (int)Math.Round(g.Count() * scale)))
                    .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)];
            var facets = new Dictionary<string, IReadOnlyList<FacetValue>>
            {
                ["kind"] = Count(rows.Select(r => r.Kind)),
                ["area"] = Count(rows.SelectMany(r => r.Areas.Distinct())),
                ["party"] = Count(rows.Select(r => r.Party)),
                ["year"] = [.. Count(rows.Select(r => r.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture))).OrderByDescending(v => v.Value, StringComparer.Ordinal)],
                ["status"] = Count(rows.Select(r => r.Status)),
            };
            var results = new SearchResults(text!.Trim(), filters, total, offset, hits, FacetNames.ToDictionary(f => f, f => facets[f]),
                FacetsEstimated: estimated, FacetsSample: rows.Count, TotalEstimated: totalEstimated);
            return new SearchOutcome(results, null);
        }
        finally
        {
            // A facet read that failed leaves the ranking running: it ends (and closes its connection) before the search does.
            if (ranking is { IsCompleted: false }) await Task.WhenAny(ranking);
            if (opened) await connection.CloseAsync();
        }
    }

    /// <summary>
    /// SQLite reads the store's pages through memory mapping on this connection: a search visits tens of thousands of
    /// pages spread over the file (one per match for its facet values), and reading each from the OS cache through a
    /// system call cost three times the CPU (at a million records, `labour unions`: ~100 ms → ~30 ms for the facet
    /// read, ~35 → ~21 ms for bm25). The pages are the OS cache's, shared and reclaimable, though the process's
    /// resident size counts those it has touched.
    /// </summary>
    private static async Task MapAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA mmap_size = {MappedBytes}";
        await command.ExecuteNonQueryAsync(ct);
    }

    private const long MappedBytes = 4L << 30;

    /// <summary>
    /// The best <paramref name="n"/> matches, ranked on a connection of its own to the same store (a SQLite file has
    /// no secret in its connection string; a PostgreSQL connection clones its settings, password included, and so its pool: search's own).
    /// </summary>
    private static async Task<List<(long Id, double Score)>> RankAlongsideAsync(DbConnection connection, SearchFilters filters, Sql sql, int n, bool rum, CancellationToken ct)
    {
        await using var second = connection is ICloneable cloneable ? (DbConnection)cloneable.Clone() : new Microsoft.Data.Sqlite.SqliteConnection(connection.ConnectionString);
        await second.OpenAsync(ct);
        var sqlite = second is Microsoft.Data.Sqlite.SqliteConnection;
        if (sqlite) await MapAsync(second, ct);
        await using var command = Command(second, filters, sql.Match, sql.Ranked(n, rum, byIds: false));
        var best = new List<(long Id, double Score)>();
        await ReadRankedAsync(command, best, ct);
        return best;
    }

    private static async Task ReadRankedAsync(DbCommand command, List<(long Id, double Score)> best, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            best.Add((reader.GetInt64(0), Convert.ToDouble(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>What a hit shows as its score: higher is better (bm25's negated score; RUM's distance is 1 / rank).</summary>
    private static double Score(double score, bool sqlite) => sqlite || score <= 0 ? Math.Abs(score) : 1 / score;

    /// <summary>How many rows the planner expects <paramref name="sql"/> to return (PostgreSQL, from its statistics; no row is read).</summary>
    private static async Task<double> PlannedAsync(DbConnection connection, SearchFilters filters, string match, string sql, CancellationToken ct)
    {
        await using var command = Command(connection, filters, match, sql);
        return await PlannedAsync(command, ct);
    }

    private static async Task<double> PlannedAsync(DbCommand command, CancellationToken ct)
    {
        command.CommandText = $"EXPLAIN (FORMAT JSON) {command.CommandText}";
        using var plan = JsonDocument.Parse(Convert.ToString(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture)!);
        return plan.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble();
    }

    /// <summary>
    /// PostgreSQL: reads the matches among a repeatable sample of the table's pages (<c>TABLESAMPLE SYSTEM</c>, sized for
    /// about <paramref name="sampleSize"/> of the <paramref name="planned"/> matches; the same pages for every page of
    /// results) into <paramref name="rows"/>, and returns the total it estimates: the matches' share of the sampled rows
    /// times the rows of the table. 0 when the sample holds no row.
    /// </summary>
    private static async Task<int> SampleAsync(DbConnection connection, SearchFilters filters, Sql sql, double planned, int sampleSize,
        List<FacetRow> rows, CancellationToken ct)
    {
        var percent = Math.Clamp(100.0 * sampleSize / planned, 0.01, 100).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
        await ReadAsync(connection, filters, sql, sql.TableSample(percent), rows, ct);
        await using var counted = connection.CreateCommand();
        counted.CommandText = $"""SELECT count(*) FROM "SearchEntries" TABLESAMPLE SYSTEM ({percent}) REPEATABLE (0)""";
        var sampled = Convert.ToDouble(await counted.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        if (sampled == 0) return 0;
        counted.CommandText = """SELECT 1 FROM "SearchEntries" """;
        var tableRows = await PlannedAsync(counted, ct);
        return Rounded(rows.Count / sampled * tableRows);
    }

    /// <summary>An estimate to three significant digits (84,137 → 84,100): a sample tells no more than that.</summary>
    private static int Rounded(double estimate)
    {
        if (estimate < 1000) return (int)Math.Round(estimate);
        var unit = Math.Pow(10, Math.Floor(Math.Log10(estimate)) - 2);
        return (int)(Math.Round(estimate / unit) * unit);
    }

    /// <summary>One match's facet values.</summary>
    private sealed record FacetRow(long Id, string Kind, string? Party, int? Year, string? Status, IReadOnlyList<string> Areas, double Score);

    private static async Task ReadAsync(DbConnection connection, SearchFilters filters, Sql sql, string text, List<FacetRow> rows, CancellationToken ct)
    {
        // Entries share a few hundred combinations of areas: each JSON text is read once per search, not once per match.
        var areas = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        await using var command = Command(connection, filters, sql.Match, text);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var value = reader.GetValue(5);
            var parsed = value is string json ? areas.TryGetValue(json, out var known) ? known : areas[json] = Areas(json) : Areas(value);
            rows.Add(new FacetRow(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetString(4), parsed,
                reader.FieldCount > 6 ? Convert.ToDouble(reader.GetValue(6), System.Globalization.CultureInfo.InvariantCulture) : 0));
        }
    }

    /// <summary>
    /// The statements of one search. <paramref name="Match"/> is the words with the kind terms (SQLite) or the words
    /// alone (PostgreSQL, bound as @query); <paramref name="Where"/> the filters on the entry's own columns;
    /// <paramref name="Phrase"/> whether a term is a phrase.
    /// </summary>
    private sealed record Sql(bool Sqlite, string Match, string Where, bool Phrase)
    {
        private const string Columns = """e."Kind", e."Party", e."Year", e."Status", e."Areas" """;

        // PostgreSQL: the statements that read matches unordered (facets, counts, ts_rank_cd) say @@@, which only the GIN
        // index answers. With @@ the planner may take RUM's bitmap instead, which works out each match's positions: for
        // a phrase 101 ms against GIN's 30 ms (1M records, "independent journalists", warm), for other queries the same.
        private string From => Sqlite
            ? """FROM "SearchIndex" JOIN "SearchEntries" e ON e."Id" = "SearchIndex".rowid WHERE "SearchIndex" MATCH @query"""
            : """FROM "SearchEntries" e WHERE e."Vector" @@@ to_tsquery('simple', @query)""";

        private string Id => Sqlite ? "\"SearchIndex\".rowid" : "e.\"Id\"";

        /// <summary>Every match's facet values; with <paramref name="ranked"/> its ts_rank_cd score too, negated as in <see cref="Ranked"/> (PostgreSQL).</summary>
        public string FacetRows(int? limit, bool ranked = false) =>
            $"SELECT {Id}, {Columns}{(ranked ? Score : "")}{From}{Where}{(limit is { } n ? $" LIMIT {n}" : "")}";

        private const string Score = """, -ts_rank_cd(e."Vector", to_tsquery('simple', @query)) """;

        /// <summary>The matches among a repeatable sample of the table's pages (PostgreSQL).</summary>
        public string TableSample(string percent) =>
            $"""SELECT {Id}, {Columns}FROM "SearchEntries" e TABLESAMPLE SYSTEM ({percent}) REPEATABLE (0) WHERE e."Vector" @@ to_tsquery('simple', @query){Where}""";

        /// <summary>The matches, for the planner to estimate how many there are (PostgreSQL).</summary>
        public string Planned => $"SELECT 1 {From}{Where}";

        public string FacetSample(int every) => $"SELECT {Id}, {Columns}{From}{Where} AND {Id} % {every} = 0";

        /// <summary>On SQLite without filters the index counts its matches alone, reading no entry.</summary>
        public string Count => Sqlite && Where.Length == 0
            ? """SELECT count(*) FROM "SearchIndex" WHERE "SearchIndex" MATCH @query"""
            : $"SELECT count(*) {From}{Where}";

        /// <summary>
        /// The best <paramref name="n"/> of all matches with their scores. SQLite: bm25 over the index alone when nothing
        /// but the words (and kind terms) narrows them, else over the words' matches among the ids found already
        /// (<paramref name="byIds"/>: +rowid filters the found rows, no lookup into the index per id) or joined to
        /// their entries. PostgreSQL: RUM's distance from the index in its order, or ts_rank_cd of every match.
        /// </summary>
        public string Ranked(int n, bool rum, bool byIds) => Sqlite
            ? byIds
                ? $"""SELECT rowid, bm25("SearchIndex", 10.0, 1.0, 0.0) AS "Score" FROM "SearchIndex" WHERE "SearchIndex" MATCH @query AND +rowid IN (SELECT value FROM json_each(@ids)) ORDER BY "Score", rowid LIMIT {n}"""
                : Where.Length == 0
                    ? $"""SELECT rowid, bm25("SearchIndex", 10.0, 1.0, 0.0) AS "Score" FROM "SearchIndex" WHERE "SearchIndex" MATCH @query ORDER BY "Score", rowid LIMIT {n}"""
                    : $"""SELECT "SearchIndex".rowid, bm25("SearchIndex", 10.0, 1.0, 0.0) AS "Score" {From}{Where} ORDER BY "Score", "SearchIndex".rowid LIMIT {n}"""
            // RUM orders by the distance alone: a second sort key would make the planner sort every match instead.
            : rum
                ? $"""SELECT e."Id", e."Vector" <=> to_tsquery('simple', @query) AS "Score" FROM "SearchEntries" e WHERE e."Vector" @@ to_tsquery('simple', @query){Where} ORDER BY e."Vector" <=> to_tsquery('simple', @query) LIMIT {n}"""
                : $"""SELECT e."Id", -ts_rank_cd(e."Vector", to_tsquery('simple', @query)) AS "Score" {From}{Where} ORDER BY "Score", e."Id" LIMIT {n}""";
    }

    private static string Filters(SearchFilters filters, bool sqlite) => string.Concat(
        filters.Kind is null || sqlite ? "" : """ AND e."Kind" = @kind""",
        filters.Party is null ? "" : """ AND e."Party" = @party""",
        filters.Year is null ? "" : """ AND e."Year" = @year""",
        filters.Status is null ? "" : """ AND e."Status" = @status""",
        filters.Area is null ? "" : sqlite
            ? """ AND EXISTS (SELECT 1 FROM json_each(e."Areas") a WHERE a.value = @area)"""
            : """ AND @area = ANY(e."Areas")""");

    private static DbCommand Command(DbConnection connection, SearchFilters filters, string query, string sql)
    {
        var sqlite = connection is Microsoft.Data.Sqlite.SqliteConnection;
        var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "query", query);
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
