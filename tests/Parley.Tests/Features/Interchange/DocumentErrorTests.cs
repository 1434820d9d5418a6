using Parley.Tests.Support;

namespace Parley.Tests.Features.Interchange;

public class DocumentErrorTests
{
    private static async Task<Cli.Run> ImportAsync(TempStore store, string json)
    {
        var file = store.File("input.json");
        await File.WriteAllTextAsync(file, json);
        return await Cli.RunAsync("import", file, "--db", store.Db);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_wrong_enumeration_word_lists_the_allowed_words_with_line_and_field(StoreKind kind)
    {
        using var store = TempStore.Create(kind);
        var run = await ImportAsync(store, "{\"format\":\"parley\",\"version\":1,\n\"parties\":[{\"key\":\"x\",\"name\":\"X\",\"kind\":\"country\"}]}");

        Assert.Equal(1, run.Exit);
        Assert.Contains("input.json:2: 'country' is not allowed; use one of: state, bloc, organisation (at $.parties[0].kind)", run.Error);
    }

    [Fact]
    public async Task A_misspelt_field_is_refused_rather_than_silently_dropped()
    {
        using var store = new TempStore();
        var run = await ImportAsync(store, "{\"format\":\"parley\",\"version\":1,\"parties\":[{\"key\":\"x\",\"name\":\"X\",\"kind\":\"state\",\"alias\":[]}]}");

        Assert.Contains("unknown field 'alias'", run.Error);
    }

    [Fact]
    public async Task Truncated_json_is_reported_with_its_line()
    {
        using var store = new TempStore();
        var run = await ImportAsync(store, "{\"format\":\"parley\",\n\"version\":1,\n\"parties\":[{\"key\":\"x\"");

        Assert.Equal(1, run.Exit);
        Assert.StartsWith($"{store.File("input.json")}:3:", run.Error);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Duplicate_keys_and_bad_dates_are_all_reported_together(StoreKind kind)
    {
        using var store = TempStore.Create(kind);
        var run = await ImportAsync(store, """
            {"format":"parley","version":1,
             "parties":[{"key":"x","name":"X","kind":"state"},{"key":"x","name":"Again","kind":"state"},{"key":"Bad Key","name":"B","kind":"state"}]}
            """);

        Assert.Contains("parties[1] 'x'.key: 'x' appears twice among parties", run.Error);
        Assert.Contains("parties[2].key: 'Bad Key' is not a valid key", run.Error);
        Assert.Contains("2 problem(s) found; nothing was written", run.Error);
        Assert.Matches(@"total\s+0\s+0", (await Cli.OkAsync("stats", "--db", store.Db)).Out);
    }

    [Fact]
    public async Task A_document_of_another_format_is_refused()
    {
        using var store = new TempStore();
        var run = await ImportAsync(store, "{\"format\":\"something-else\",\"version\":1}");

        Assert.Contains("not a Parley document", run.Error);
    }
}
