using System.Net;
using System.Text.Json.Nodes;
using Parley.Tests.Support;

namespace Parley.Tests.Store;

/// <summary>
/// A guard on how many statements the small, busy requests send to the store. On PostgreSQL each statement is a round
/// trip to the server, and these requests are made of little else: an API read by key took 3.2× SQLite's time at a
/// million recommendations when it sent four statements (docs/performance.md, issue 21). Each request reads the data
/// version once, however many kept values it uses.
/// </summary>
public class StatementsPerRequestTests
{
    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Small_requests_read_the_data_version_once_and_the_API_reads_a_record_in_two_statements_and_a_page_in_three(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        // A viewer without case access, as bench/load reads: the case names are withheld from every answer.
        using var viewer = app.Client(app.Token("viewer"));
        using var log = new StatementLog(app);
        using var listed = await viewer.GetAsync("/api/v1/recommendations?pageSize=1");
        var key = JsonNode.Parse(await listed.Content.ReadAsStringAsync())!["items"]![0]!["key"]!.GetValue<string>();

        Assert.True(await FewestAsync(viewer, log, $"/api/v1/recommendations/{key}") is var byKey && byKey.Count <= 2, Describe(byKey));
        Assert.True(await FewestAsync(viewer, log, "/") is var dashboard && dashboard.Count <= 1, Describe(dashboard));
        Assert.True(await FewestAsync(viewer, log, "/api/v1/recommendations?page=2") is var list && list.Count <= 3, Describe(list));
        // A list this small is filtered in memory: its filter choices are read whole, so only the version is guarded.
        await FewestAsync(viewer, log, "/records/recommendations?page=2");
    }

    /// <summary>
    /// The statements of the request that sent fewest of three in a row, after one that fills what is kept: the
    /// reader's token is read again every few seconds, so one of the three may also read it. Each of the three reads
    /// the data version at most once.
    /// </summary>
    private static async Task<List<string>> FewestAsync(HttpClient client, StatementLog log, string path)
    {
        await GetAsync(client, path);
        var runs = new List<List<string>>();
        for (var i = 0; i < 3; i++) runs.Add(await log.DuringAsync(() => GetAsync(client, path)));
        foreach (var run in runs) Assert.True(run.Count(IsDataVersion) <= 1, $"{path}: the data version read more than once\n{Describe(run)}");
        return runs.MinBy(r => r.Count)!;
    }

    private static async Task GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The data version's read: the newest audit entry that is not a read (Store/DataVersion.cs).</summary>
    private static bool IsDataVersion(string sql) =>
        sql.Contains("\"AuditEntries\"", StringComparison.Ordinal) && sql.Contains("ORDER BY", StringComparison.Ordinal) && sql.Contains("DESC", StringComparison.Ordinal);

    private static string Describe(List<string> statements) => $"{statements.Count} statements:\n{string.Join("\n---\n", statements)}";
}
