using System.Text;
using System.Text.Json.Nodes;
using Parley.Features.Import;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Fuzz;

/// <summary>
/// Thousands of damaged files thrown at the three importers in-process (the JSON document, a CSV of one kind, a
/// UPR Info file): none crashes, each refusal names the file, and a refused file writes nothing. The valid file
/// each case starts from has fresh keys, so every case tries to add records and the checks behind the parser run.
/// </summary>
public class ImporterFuzzTests
{
    private static int Count(StoreKind kind, int sqlite) => FuzzSettings.Cases(kind == StoreKind.Sqlite ? sqlite : sqlite / 4);

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Damaged_json_documents_are_refused_by_place_and_write_nothing(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        var template = await TemplateDocumentAsync(store);
        Assert.True(await FuzzCase.ImportAsync(store, Encoding.UTF8.GetBytes(WithFreshKeys(template, "valid-").ToJsonString()), new ImportRequest("fuzz.json"), "undamaged"),
            "the undamaged document must import, or the damage tells nothing");
        var random = FuzzSettings.Random(nameof(Damaged_json_documents_are_refused_by_place_and_write_nothing));
        var accepted = 0;
        var cases = Count(kind, 600);
        for (var i = 0; i < cases; i++)
        {
            var document = WithFreshKeys(template, $"f{i}-");
            var (bytes, what) = random.Next(2) == 0
                ? ByteMutations.Mutate(Encoding.UTF8.GetBytes(document.ToJsonString()), random)
                : Utf8(JsonMutations.Mutate(document, random));
            if (await FuzzCase.ImportAsync(store, bytes, new ImportRequest("fuzz.json"), $"case {i}: {what}")) accepted++;
        }
        // Most damage must be caught; a few mutations (a changed note) leave a valid document.
        Assert.True(accepted < cases / 2, $"{accepted} of {cases} damaged documents were accepted");
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Damaged_csv_files_are_refused_by_line_and_write_nothing(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        var tables = new Dictionary<string, List<string[]>>();
        foreach (var name in new[] { "cases", "commitments", "sources" })
        {
            var exported = await Cli.OkAsync("export", "--format", "csv", "--kind", name, "--db", store.Db);
            tables[name] = ReadCsv(exported.Out);
        }
        var random = FuzzSettings.Random(nameof(Damaged_csv_files_are_refused_by_line_and_write_nothing));
        var cases = Count(kind, 600);
        for (var i = 0; i < cases; i++)
        {
            var name = tables.Keys.ElementAt(i % tables.Count);
            var rows = tables[name].Select(r => r.ToArray()).Take(8).ToList();
            for (var r = 1; r < rows.Count; r++) rows[r][0] = $"f{i}-{rows[r][0]}";
            var shuffled = "";
            if (random.Next(5) == 0)
            {
                var (a, b) = (random.Next(rows[0].Length), random.Next(rows[0].Length));
                (rows[0][a], rows[0][b]) = (rows[0][b], rows[0][a]);
                shuffled = $"header columns {a} and {b} swapped; ";
            }
            var (bytes, what) = ByteMutations.Mutate(Encoding.UTF8.GetBytes(WriteCsv(rows)), random);
            await FuzzCase.ImportAsync(store, bytes, new ImportRequest("fuzz.csv", ImportFormat.Csv, name), $"case {i} ({name}): {shuffled}{what}");
        }
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Damaged_upr_files_are_refused_by_line_and_write_nothing(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        // The real file's first rows, with its bare-CR line endings and Mac Roman bytes as published.
        var real = await File.ReadAllBytesAsync(SharedFolder.Path("data", "upr-info-2008-2014", "sessions-01-05.csv"));
        var end = 0;
        for (var lines = 0; lines < 25; end++) if (real[end] == '\r') lines++;
        var sample = real[..end];
        var random = FuzzSettings.Random(nameof(Damaged_upr_files_are_refused_by_line_and_write_nothing));
        var cases = Count(kind, 400);
        for (var i = 0; i < cases; i++)
        {
            var (bytes, what) = ByteMutations.Mutate(sample, random);
            var update = random.Next(4) == 0;
            await FuzzCase.ImportAsync(store, bytes, new ImportRequest("fuzz-upr.csv", ImportFormat.UprCsv, Update: update), $"case {i}: {what}");
        }
    }

    /// <summary>Two records of every kind from the bundled data: their links point at bundled records, so the document is valid as it is.</summary>
    private static async Task<JsonObject> TemplateDocumentAsync(TempStore store)
    {
        var export = JsonNode.Parse((await Cli.OkAsync("export", "--db", store.Db)).Out)!.AsObject();
        foreach (var (_, value) in export.ToList())
            if (value is JsonArray list)
                while (list.Count > 2) list.RemoveAt(list.Count - 1);
        // Issue areas may name each other as parents; a copy keeps its bundled parent, never its twin.
        return export;
    }

    private static JsonObject WithFreshKeys(JsonObject template, string prefix)
    {
        var document = template.DeepClone().AsObject();
        foreach (var (_, value) in document)
            if (value is JsonArray list)
                foreach (var record in list.OfType<JsonObject>())
                    record["key"] = prefix + record["key"]!.GetValue<string>();
        return document;
    }

    private static (byte[], string) Utf8((string Json, string What) mutated) => (Encoding.UTF8.GetBytes(mutated.Json), mutated.What);

    private static List<string[]> ReadCsv(string text)
    {
        var problems = new List<Parley.Features.Interchange.ImportProblem>();
        using var table = new CsvTable(new MemoryStream(Encoding.UTF8.GetBytes(text)), Encoding.UTF8, "export.csv", problems);
        Assert.True(table.ReadHeader());
        var rows = new List<string[]> { table.Header.ToArray() };
        rows.AddRange(table.Rows().Select(r => r.Fields));
        Assert.Empty(problems);
        return rows;
    }

    private static string WriteCsv(IEnumerable<string[]> rows) =>
        string.Concat(rows.Select(r => string.Join(',', r.Select(f => "\"" + f.Replace("\"", "\"\"") + "\"")) + "\r\n"));
}
