using Parley.Features.Import;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Import;

/// <summary>CSV export and import of every kind: what goes out comes back unchanged.</summary>
public class CsvRoundTripTests
{
    /// <summary>Kinds in an order where every link points at a kind already loaded.</summary>
    private static readonly string[] LoadOrder =
    [
        "sources", "parties", "issueAreas", "institutions", "channels", "rounds", "recommendations", "frameworks",
        "commitments", "legalInstruments", "provisions", "cases", "programmes", "statements", "lexicon", "riskAssessments",
        "treatyStatuses",
    ];

    [Fact]
    public async Task Every_kind_exported_as_csv_imports_into_an_empty_store_unchanged()
    {
        Assert.Equal(CsvKinds.All.Select(k => k.Name).Order(), LoadOrder.Order());
        using var from = new TempStore();
        using var to = new TempStore();
        await Cli.OkAsync("init", "--db", from.Path);

        foreach (var kind in LoadOrder)
        {
            var csv = from.File(kind + ".csv");
            await Cli.OkAsync("export", "--format", "csv", "--kind", kind, "--out", csv, "--db", from.Path);
            var run = await Cli.OkAsync("import", csv, "--format", "csv", "--kind", kind, "--db", to.Path);
            Assert.Contains("Imported", run.Out);
        }

        // Follow-ups travel as JSON only (their parts are numbered and point at each other): they are brought over as such.
        var followUps = from.File("follow-ups.json");
        var whole = System.Text.Json.Nodes.JsonNode.Parse((await Cli.OkAsync("export", "--db", from.Path)).Out)!;
        await File.WriteAllTextAsync(followUps, new System.Text.Json.Nodes.JsonObject
        {
            ["format"] = "parley", ["version"] = 1, ["followUps"] = whole["followUps"]?.DeepClone(),
        }.ToJsonString());
        await Cli.OkAsync("import", followUps, "--db", to.Path);

        var original = (await Cli.OkAsync("export", "--db", from.Path)).Out;
        var copy = (await Cli.OkAsync("export", "--db", to.Path)).Out;
        Assert.Equal(original, copy);
    }

    [Fact]
    public async Task A_csv_row_linking_to_an_unknown_party_is_refused_with_its_line()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        var file = store.File("cases.csv");
        await File.WriteAllTextAsync(file, "key,personName,status,party\ncase-a,Nguyen Van A,detained,vn\ncase-b,Tran Thi B,detained,atlantis\ncase-c,Le Van C,freed,vn\n");

        var run = await Cli.RunAsync("import", file, "--kind", "cases", "--db", store.Path);

        Assert.Equal(1, run.Exit);
        Assert.Contains("cases.csv:3: cases[1] 'case-b'.party: no party with key 'atlantis'", run.Error);
        Assert.Contains("cases.csv:4: status: 'freed' is not allowed", run.Error);
    }

    [Fact]
    public async Task Columns_are_matched_through_a_mapping_and_lists_split_on_semicolons()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        var file = store.File("people.csv");
        await File.WriteAllTextAsync(file, "id,Name,State,Country,Areas\nnguyen-x,Nguyễn X,detained,vn,labour-rights; freedom-of-expression\n");
        var mapping = store.File("columns.json");
        await File.WriteAllTextAsync(mapping, """{"columns": {"id": "key", "Name": "personName", "State": "status", "Country": "party", "Areas": "issueAreas"}}""");

        await Cli.OkAsync("import", file, "--format", "csv", "--kind", "cases", "--mapping", mapping, "--db", store.Path);

        var exported = (await Cli.OkAsync("export", "--format", "csv", "--kind", "cases", "--db", store.Path)).Out;
        Assert.Contains("nguyen-x,Nguyễn X,detained,,vn,,,freedom-of-expression;labour-rights", exported);
    }
}
