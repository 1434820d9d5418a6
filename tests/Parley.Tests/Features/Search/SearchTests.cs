using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Parley.Features.Search;
using Parley.Features.Setup;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Search;

public class SearchTests
{
    /// <summary>Statements written the way users type them: without accents, with đ, and with markup in the text.</summary>
    private const string Statements = """
        {
          "format": "parley",
          "version": 1,
          "statements": [
            { "key": "note-ascii", "title": "Embassy note", "kind": "remark", "text": "Consular access was requested for Hoang Thi Minh Hong in Hanoi." },
            { "key": "note-dong-tam", "title": "Đồng Tâm land dispute", "kind": "remark", "text": "The Đồng Tâm case was raised with the ministry." },
            { "key": "note-markup", "title": "Pasted text", "kind": "remark", "text": "<script>alert('x')</script> reports of torture in detention" },
            { "key": "title-labour", "title": "Independent labour unions", "kind": "remark", "text": "A note on the next round." },
            { "key": "body-labour", "title": "Round notes", "kind": "remark", "text": "Many topics came up; independent labour unions were one of them, among land, press and religion." }
          ]
        }
        """;

    private static async Task<TempStore> StoreWithStatementsAsync(StoreKind kind)
    {
        var store = await TempStore.InitialisedAsync(kind);
        var file = store.File("statements.json");
        await File.WriteAllTextAsync(file, Statements);
        await Cli.OkAsync("import", file, "--db", store.Db);
        return store;
    }

    private static async Task<SearchResults> SearchAsync(TempStore store, string query, SearchFilters? filters = null, int offset = 0)
    {
        await using var db = store.Open();
        var outcome = await SearchEngine.SearchAsync(db, query, filters, offset: offset);
        Assert.True(outcome.Succeeded, outcome.Error);
        return outcome.Results!;
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_name_typed_without_accents_finds_it_written_with_them_and_back(StoreKind kind)
    {
        using var store = await StoreWithStatementsAsync(kind);

        var plain = await SearchAsync(store, "Hoang Thi Minh Hong");
        var accented = await SearchAsync(store, "Hoàng Thị Minh Hồng");

        Assert.Contains(plain.Hits, h => h.Kind == "case" && h.Key == "hoang-thi-minh-hong");
        Assert.Contains(accented.Hits, h => h.Kind == "statement" && h.Key == "note-ascii");
        Assert.Contains("<mark>Hoàng</mark>", plain.Hits.Single(h => h.Key == "hoang-thi-minh-hong").TitleHtml);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task D_with_stroke_folds_to_d(StoreKind kind)
    {
        using var store = await StoreWithStatementsAsync(kind);

        var results = await SearchAsync(store, "dong tam");

        var hit = Assert.Single(results.Hits);
        Assert.Equal("note-dong-tam", hit.Key);
        Assert.Equal("<mark>Đồng</mark> <mark>Tâm</mark> land dispute", hit.TitleHtml);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_phrase_matches_the_words_in_that_order_only(StoreKind kind)
    {
        using var store = await StoreWithStatementsAsync(kind);

        var inOrder = await SearchAsync(store, "\"abusing democratic freedoms\"");
        var reversed = await SearchAsync(store, "\"freedoms democratic abusing\"");

        Assert.Contains(inOrder.Hits, h => h.Key == "vn-cc-art-331");
        Assert.DoesNotContain(reversed.Hits, h => h.Key == "vn-cc-art-331");
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_prefix_finds_words_that_start_with_it(StoreKind kind)
    {
        using var store = await StoreWithStatementsAsync(kind);

        var prefix = await SearchAsync(store, "democ*");
        var word = await SearchAsync(store, "democ");

        Assert.Contains(prefix.Hits, h => h.Key == "vn-cc-art-331");
        Assert.Empty(word.Hits);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_match_in_the_title_ranks_above_a_match_in_passing(StoreKind kind)
    {
        using var store = await StoreWithStatementsAsync(kind);

        var results = await SearchAsync(store, "independent labour unions", new SearchFilters(Kind: "statement"));

        Assert.Equal(["title-labour", "body-labour"], results.Hits.Select(h => h.Key));
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Snippets_encode_the_record_text_and_mark_only_the_matches(StoreKind kind)
    {
        using var store = await StoreWithStatementsAsync(kind);

        var hit = Assert.Single((await SearchAsync(store, "torture detention")).Hits, h => h.Key == "note-markup");

        Assert.DoesNotContain("<script>", hit.SnippetHtml);
        Assert.Contains("&lt;script&gt;", hit.SnippetHtml);
        Assert.Contains("<mark>torture</mark>", hit.SnippetHtml);
        Assert.Contains("<mark>detention</mark>", hit.SnippetHtml);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Facets_count_every_match_and_a_filter_narrows_to_one_value(StoreKind kind)
    {
        using var store = await StoreWithStatementsAsync(kind);

        var all = await SearchAsync(store, "human rights");
        var cases = all.Facets["kind"].Single(f => f.Value == "commitment").Count;
        var narrowed = await SearchAsync(store, "human rights", new SearchFilters(Kind: "commitment"));
        var vietnam = await SearchAsync(store, "human rights", new SearchFilters(Party: "vn"));

        Assert.True(all.Facets["kind"].Count > 1);
        Assert.Equal(all.Total, all.Facets["kind"].Sum(f => f.Count));
        Assert.Equal(cases, narrowed.Total);
        Assert.All(narrowed.Hits, h => Assert.Equal("commitment", h.Kind));
        Assert.Equal(all.Facets["party"].Single(f => f.Value == "vn").Count, vietnam.Total);
        Assert.NotEmpty(all.Facets["area"]);
        Assert.NotEmpty(all.Facets["year"]);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task The_index_follows_edits_and_deletions_in_the_same_save(StoreKind kind)
    {
        using var store = await StoreWithStatementsAsync(kind);
        await using (var db = store.Open())
        {
            var note = await db.Statements.SingleAsync(s => s.Key == "note-ascii");
            note.Text = "Consular access was refused in Hải Phòng.";
            db.Statements.Remove(await db.Statements.SingleAsync(s => s.Key == "note-dong-tam"));
            await db.SaveChangesAsync();
        }

        Assert.Contains((await SearchAsync(store, "hai phong refused")).Hits, h => h.Key == "note-ascii");
        Assert.DoesNotContain((await SearchAsync(store, "hoang thi minh hong")).Hits, h => h.Key == "note-ascii");
        Assert.Empty((await SearchAsync(store, "dong tam")).Hits);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_store_from_before_search_gets_its_index_built_when_upgraded(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        await using (var db = store.Open())
            await db.GetService<IMigrator>().MigrateAsync((await db.Database.GetAppliedMigrationsAsync()).First());

        await StoreSetup.EnsureReadyAsync(store.Location);

        Assert.Contains((await SearchAsync(store, "Hoang Thi Minh Hong")).Hits, h => h.Key == "hoang-thi-minh-hong");
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_store_indexed_before_the_kind_was_narrows_by_kind_after_the_upgrade(StoreKind kind)
    {
        using var store = await StoreWithStatementsAsync(kind);
        await using (var db = store.Open())
            await db.GetService<IMigrator>().MigrateAsync((await db.Database.GetAppliedMigrationsAsync()).Single(m => m.EndsWith("_AddUprIssueMapping", StringComparison.Ordinal)));

        await StoreSetup.EnsureReadyAsync(store.Location);

        // The bundled statement on her 2023 sentencing matches too.
        Assert.Equal(["note-ascii", "us-2023-hoang-thi-minh-hong"], (await SearchAsync(store, "Hoang Thi Minh Hong", new SearchFilters(Kind: "statement"))).Hits.Select(h => h.Key).Order());
        Assert.Equal(["hoang-thi-minh-hong"], (await SearchAsync(store, "Hoang Thi Minh Hong", new SearchFilters(Kind: "case"))).Hits.Select(h => h.Key));
        await using (var db = store.Open())
        {
            (await db.Statements.SingleAsync(s => s.Key == "note-markup")).Text = "Hoang Thi Minh Hong was moved.";
            await db.SaveChangesAsync();
        }
        Assert.Equal(["note-ascii", "note-markup", "us-2023-hoang-thi-minh-hong"], (await SearchAsync(store, "Hoang Thi Minh Hong", new SearchFilters(Kind: "statement"))).Hits.Select(h => h.Key).Order());
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task The_name_of_a_kind_finds_only_records_whose_text_says_it(StoreKind kind)
    {
        using var store = await StoreWithStatementsAsync(kind);

        var found = await SearchAsync(store, "statement");

        // None of the imported statements says "statement"; in the index each is of that kind, which is not a word of it.
        Assert.DoesNotContain(found.Hits, h => h.Key is "note-ascii" or "note-dong-tam" or "note-markup" or "title-labour" or "body-labour");
    }

    /// <summary>
    /// A store where "quillwort" matches one old statement that says it four times (imported first, so its entry is the
    /// oldest) and <see cref="NewerMentions"/> newer ones that mention it once in passing: more matches than search ever
    /// ranked or counted facets over before (the newest 1,000; facets over the best 300). The newer ones are dated
    /// 2019–2022 in turn and alternate speech/other, so every facet count is known from how the data was built.
    /// </summary>
    private static async Task<TempStore> StoreWithAnOldBestMatchAsync(StoreKind kind)
    {
        var store = await TempStore.InitialisedAsync(kind);
        var old = store.File("old.json");
        await File.WriteAllTextAsync(old, JsonSerializer.Serialize(new
        {
            format = "parley", version = 1,
            statements = new[] { new { key = "quillwort-old", title = "Quillwort and quillwort growers", kind = "speech", text = "Quillwort growers asked about quillwort.", date = "2019" } },
        }));
        await Cli.OkAsync("import", old, "--db", store.Db);
        var newer = store.File("newer.json");
        await File.WriteAllTextAsync(newer, JsonSerializer.Serialize(new
        {
            format = "parley", version = 1,
            statements = Enumerable.Range(1, NewerMentions).Select(i => new
            {
                key = $"round-note-{i:D4}", title = $"Round notes {i}", kind = i % 2 == 0 ? "speech" : "other",
                text = "Many topics came up at the round, among them land, press, religion, the courts, the unions and, once, quillwort.",
                date = (2019 + i % 4).ToString(System.Globalization.CultureInfo.InvariantCulture),
            }),
        }));
        await Cli.OkAsync("import", newer, "--db", store.Db);
        return store;
    }

    private const int NewerMentions = 1_200;

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task The_best_match_comes_first_however_old_it_is_and_facets_count_every_match(StoreKind kind)
    {
        using var store = await StoreWithAnOldBestMatchAsync(kind);
        await using (var db = store.Open())
        {
            var entries = db.Set<SearchEntry>().Where(e => e.Kind == "statement");
            Assert.True(await entries.Where(e => e.RecordKey == "quillwort-old").Select(e => e.Id).SingleAsync()
                < await entries.Where(e => e.RecordKey.StartsWith("round-note-")).MinAsync(e => e.Id));
        }

        var results = await SearchAsync(store, "quillwort");
        var second = await SearchAsync(store, "quillwort", offset: SearchEngine.DefaultLimit);

        Assert.Equal("quillwort-old", results.Hits[0].Key);
        Assert.Equal(NewerMentions + 1, results.Total);
        Assert.False(results.FacetsEstimated);
        Assert.Null(results.FacetsNote);
        Assert.Equal([new FacetValue("statement", NewerMentions + 1)], results.Facets["kind"]);
        Assert.Equal([new FacetValue("2022", NewerMentions / 4), new FacetValue("2021", NewerMentions / 4), new FacetValue("2020", NewerMentions / 4), new FacetValue("2019", NewerMentions / 4 + 1)],
            results.Facets["year"]);
        Assert.Equal([new FacetValue("speech", NewerMentions / 2 + 1), new FacetValue("other", NewerMentions / 2)], results.Facets["status"]);
        // Pages run on through all the matches, none shown twice.
        Assert.Equal(SearchEngine.DefaultLimit, second.Hits.Count);
        Assert.Empty(results.Hits.Select(h => h.Key).Intersect(second.Hits.Select(h => h.Key)));
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Many_searches_at_once_all_answer_in_full_and_postgresql_searches_on_a_few_connections(StoreKind kind)
    {
        using var store = await StoreWithAnOldBestMatchAsync(kind);
        var alone = await SearchAsync(store, "quillwort");

        // More searches at once than take turns on PostgreSQL, each holding two connections while it runs.
        var together = await Task.WhenAll(Enumerable.Range(0, 3 * SearchConnections.Slots + 1).Select(_ => Task.Run(() => SearchAsync(store, "quillwort"))));

        Assert.All(together, results =>
        {
            Assert.Equal("quillwort-old", results.Hits[0].Key);
            Assert.Equal(alone.Hits.Select(h => h.Key), results.Hits.Select(h => h.Key));
            Assert.Equal(alone.Total, results.Total);
            Assert.Equal(alone.Facets["status"], results.Facets["status"]);
        });
        if (kind != StoreKind.Postgres) return;
        await using var db = store.Open();
        var searching = await db.Database.SqlQueryRaw<int>(
            $"SELECT count(*)::int AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND application_name = '{SearchConnections.ApplicationName}'").SingleAsync();
        Assert.InRange(searching, 1, 2 * SearchConnections.Slots);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Past_the_exact_limit_facets_are_estimates_said_so_and_exact_when_asked(StoreKind kind)
    {
        using var store = await StoreWithAnOldBestMatchAsync(kind);
        await using var db = store.Open();

        // The limits of a million-record store, scaled down to these 1,201 matches.
        var estimated = (await SearchEngine.SearchAsync(db, "quillwort", limits: new SearchLimits(500, 100))).Results!;
        var exact = (await SearchEngine.SearchAsync(db, "quillwort", exactFacets: true, limits: new SearchLimits(500, 100))).Results!;

        Assert.True(estimated.FacetsEstimated);
        Assert.Contains("estimates", estimated.FacetsNote);
        Assert.Equal("quillwort-old", estimated.Hits[0].Key);
        // SQLite counts the matches in its index (exact); PostgreSQL's total is an estimate once its planner expects more
        // than the limit (after statistics have been gathered), labelled as one.
        if (estimated.TotalEstimated)
        {
            Assert.Equal(StoreKind.Postgres, kind);
            Assert.InRange(estimated.Total, (NewerMentions + 1) * 0.7, (NewerMentions + 1) * 1.3);
            Assert.StartsWith("about ", estimated.Matches, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(NewerMentions + 1, estimated.Total);
            Assert.InRange(estimated.FacetsSample, 90, 110);
            Assert.InRange(estimated.Facets["status"].Single(f => f.Value == "speech").Count, NewerMentions / 2 - 60, NewerMentions / 2 + 60);
        }
        Assert.False(exact.FacetsEstimated);
        Assert.False(exact.TotalEstimated);
        Assert.Equal(NewerMentions + 1, exact.Total);
        Assert.Equal([new FacetValue("speech", NewerMentions / 2 + 1), new FacetValue("other", NewerMentions / 2)], exact.Facets["status"]);
    }

    /// <summary>
    /// A generated store with a few thousand records and the exact limit set low, so that a word most of them contain
    /// ("the") is past it, as a common word is at a million records with the default limit.
    /// </summary>
    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_common_word_shows_estimates_labelled_as_such_and_the_exact_count_one_click_away(StoreKind kind)
    {
        var store = await TempStore.InitialisedAsync(kind);
        await Cli.OkAsync("generate", "--recommendations", "3000", "--cases", "150", "--rounds", "7", "--db", store.Db);
        // Counted here from the entries' own words, apart from either store's full-text index.
        int matching;
        await using (var db = store.Open())
            matching = (await db.Set<SearchEntry>().Select(e => e.Title + "\n" + e.Body).ToListAsync())
                .Count(text => System.Text.RegularExpressions.Regex.IsMatch(text, @"\bthe\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        const int exactLimit = 300;
        Assert.True(matching > 3 * exactLimit, $"{matching} matches");
        await using var app = await SignedInApp.StartAsync(store: store, settings: new Dictionary<string, string?>
        {
            [SearchLimits.ExactLimitVariable] = exactLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [SearchLimits.SampleSizeVariable] = "600",
        });
        using var http = await app.SignInAsync(SignedInApp.CaseViewer);

        using var api = JsonDocument.Parse(await http.GetStringAsync("/api/v1/search?q=the"));
        using var exactApi = JsonDocument.Parse(await http.GetStringAsync("/api/v1/search?q=the&exact=true"));
        var page = await http.GetStringAsync("/search?q=the");
        var link = System.Text.RegularExpressions.Regex.Match(page, "<a href=\"([^\"]*)\">Count exactly</a>");
        Assert.True(link.Success, "no Count exactly link on the page");
        var exactPage = await http.GetStringAsync(System.Net.WebUtility.HtmlDecode(link.Groups[1].Value));

        static int Number(JsonElement e, string name) => e.GetProperty(name).GetInt32();
        static int KindCount(JsonElement e, string value) =>
            e.GetProperty("facets").GetProperty("kind").EnumerateArray().Single(f => f.GetProperty("value").GetString() == value).GetProperty("count").GetInt32();
        var estimate = api.RootElement;
        var exact = exactApi.RootElement;
        // Exact when asked: the number of matching entries, and the kind counts add up to it.
        Assert.Equal(matching, Number(exact, "total"));
        Assert.False(exact.GetProperty("totalEstimated").GetBoolean());
        Assert.False(exact.GetProperty("facetsEstimated").GetBoolean());
        Assert.Equal(matching, exact.GetProperty("facets").GetProperty("kind").EnumerateArray().Sum(f => f.GetProperty("count").GetInt32()));
        // Otherwise estimates, said so, close to the exact figures; PostgreSQL estimates the total too, SQLite counts it.
        Assert.True(estimate.GetProperty("facetsEstimated").GetBoolean());
        Assert.Equal(kind == StoreKind.Postgres, estimate.GetProperty("totalEstimated").GetBoolean());
        if (kind == StoreKind.Postgres) Assert.InRange(Number(estimate, "total"), matching * 0.8, matching * 1.2);
        else Assert.Equal(matching, Number(estimate, "total"));
        var recommendations = KindCount(exact, "recommendation");
        Assert.InRange(KindCount(estimate, "recommendation"), recommendations * 0.8, recommendations * 1.2);
        Assert.Equal(SearchEngine.DefaultLimit, estimate.GetProperty("hits").GetArrayLength());
        // The page: "about" beside every estimated count, the link counts exactly and shows the exact number.
        Assert.Contains("Count exactly", page);
        Assert.Contains("estimates", page);
        Assert.Contains("<span class=\"count\">about ", page, StringComparison.Ordinal);
        if (kind == StoreKind.Postgres) Assert.Contains($"About {Number(estimate, "total"):N0} matches", page);
        Assert.Contains($"{matching:N0} matches", exactPage);
        Assert.DoesNotContain("<span class=\"count\">about ", exactPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Count exactly", exactPage);
    }

    [Fact]
    public async Task Without_the_ranking_index_postgresql_search_ranks_every_match_all_the_same()
    {
        if (Stores.SkipPostgres) return;
        using var store = await StoreWithAnOldBestMatchAsync(StoreKind.Postgres);
        var ranked = await SearchAsync(store, "quillwort");
        await using (var db = store.Open())
            await db.Database.ExecuteSqlRawAsync($"""DROP INDEX "{SearchRankIndex.IndexName}" """);

        var fallback = await SearchAsync(store, "quillwort");

        Assert.Equal("quillwort-old", fallback.Hits[0].Key);
        Assert.Equal(ranked.Total, fallback.Total);
        Assert.Equal(ranked.Facets["status"], fallback.Facets["status"]);
    }

    [Fact]
    public async Task A_postgresql_server_that_cannot_make_the_ranking_index_says_so_and_search_still_works()
    {
        if (Stores.SkipPostgres) return;
        var admin = Stores.PostgresAdminConnection();
        // An owner who is not a superuser may not create the RUM extension (it is not marked trusted).
        var name = $"parley_plain_{Guid.NewGuid():N}"[..28];
        await AdminAsync(admin, $"CREATE ROLE {name} LOGIN", $"CREATE DATABASE {name} OWNER {name}");
        var plain = new Npgsql.NpgsqlConnectionStringBuilder(admin) { Username = name, Database = name }.ConnectionString;
        try
        {
            var outcome = await StoreSetup.EnsureReadyAsync(Parley.Store.StoreLocation.Parse(plain));
            var init = await Cli.OkAsync("init", "--db", plain);
            await using var db = Parley.Store.ParleyStore.Open(Parley.Store.StoreLocation.Parse(plain));
            var found = await SearchEngine.SearchAsync(db, "Hoang Thi Minh Hong");

            Assert.Contains("without its ranking index", outcome.Notice);
            Assert.Contains("CREATE EXTENSION rum", outcome.Notice);
            Assert.Contains("without its ranking index", init.Error);
            Assert.Contains(found.Results!.Hits, h => h.Key == "hoang-thi-minh-hong");
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await AdminAsync(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", $"DROP ROLE IF EXISTS {name}");
        }
    }

    /// <summary>Statements run one by one as the server's administrator (CREATE DATABASE may not share a command).</summary>
    private static async Task AdminAsync(string admin, params string[] statements)
    {
        await using var connection = new Npgsql.NpgsqlConnection(admin);
        await connection.OpenAsync();
        foreach (var statement in statements)
        {
            await using var command = new Npgsql.NpgsqlCommand(statement, connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task The_command_prints_the_best_matches_with_the_matched_words_marked(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);

        var run = await Cli.OkAsync("search", "hoang thi minh hong", "--kind", "case", "--db", store.Db);
        var json = await Cli.OkAsync("search", "hoang thi minh hong", "--kind", "case", "--json", "--db", store.Db);

        Assert.StartsWith("1 match for hoang thi minh hong.", run.Out);
        Assert.Contains("case hoang-thi-minh-hong: Hoàng Thị Minh Hồng", run.Out);
        Assert.Contains("[Hoang] [Thi] [Minh] [Hong]", run.Out);
        using var document = JsonDocument.Parse(json.Out);
        Assert.Equal("hoang-thi-minh-hong", document.RootElement.GetProperty("hits")[0].GetProperty("key").GetString());
    }

    [Theory]
    [InlineData("\"unclosed phrase", "closing double quote")]
    [InlineData("***", "at least one letter before *")]
    [InlineData("de*mo", "* may only end a word")]
    [InlineData("?!", "no words to search for")]
    public async Task A_malformed_query_is_a_clear_message_not_an_error(string query, string message)
    {
        using var store = await TempStore.InitialisedAsync(StoreKind.Sqlite);

        var run = await Cli.RunAsync("search", query, "--db", store.Db);

        Assert.Equal(1, run.Exit);
        Assert.Contains(message, run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task The_api_and_the_page_answer_over_http_and_explain_a_malformed_query(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        using var http = await app.SignInAsync(SignedInApp.CaseViewer);

        using var api = JsonDocument.Parse(await http.GetStringAsync("/api/v1/search?q=Hoang%20Thi%20Minh%20Hong&kind=case"));
        var bad = await http.GetAsync("/api/v1/search?q=%22unclosed");
        var page = await http.GetStringAsync("/search?q=Hoang+Thi+Minh+Hong&kind=case");
        var badPage = await http.GetAsync("/search?q=%22unclosed");

        // Statements and sources about her since 2023 match too; among cases hers is the one.
        Assert.Equal("hoang-thi-minh-hong", api.RootElement.GetProperty("hits")[0].GetProperty("key").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("closing double quote", await bad.Content.ReadAsStringAsync());
        Assert.Contains("<mark>Hoàng</mark>", page);
        Assert.Contains("1 match", page);
        Assert.Equal(HttpStatusCode.OK, badPage.StatusCode);
        Assert.Contains("Cannot search for that", await badPage.Content.ReadAsStringAsync());
    }
}
