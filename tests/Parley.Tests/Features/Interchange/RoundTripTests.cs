using Parley.Tests.Support;

namespace Parley.Tests.Features.Interchange;

public class RoundTripTests
{
    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Export_import_into_an_empty_store_and_export_again_gives_byte_identical_json(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        var first = store.File("first.json");
        var second = store.File("second.json");
        using var copy = TempStore.Create(kind);

        await Cli.OkAsync("export", "--format", "json", "--out", first, "--db", store.Db);
        var imported = await Cli.OkAsync("import", first, "--db", copy.Db);
        await Cli.OkAsync("export", "--out", second, "--db", copy.Db);

        Assert.Contains("Imported", imported.Out);
        var a = await File.ReadAllBytesAsync(first);
        Assert.True(a.Length > 10_000, "the export should hold the whole bundled data set");
        Assert.Equal(a, await File.ReadAllBytesAsync(second));
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Exporting_the_same_store_twice_gives_the_same_bytes_and_stdout_matches_the_file(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        var file = store.File("out.json");

        var toStdout = await Cli.OkAsync("export", "--db", store.Db);
        await Cli.OkAsync("export", "--out", file, "--db", store.Db);

        Assert.Equal(toStdout.Out, await File.ReadAllTextAsync(file));
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Importing_the_same_document_twice_adds_nothing_the_second_time(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        var file = store.File("out.json");
        await Cli.OkAsync("export", "--out", file, "--db", store.Db);
        using var copy = TempStore.Create(kind);
        await Cli.OkAsync("import", file, "--db", copy.Db);

        var again = await Cli.OkAsync("import", file, "--db", copy.Db);

        Assert.Contains("Nothing to add", again.Out);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_dry_run_reports_what_would_be_added_and_creates_nothing(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        var file = store.File("out.json");
        await Cli.OkAsync("export", "--out", file, "--db", store.Db);
        using var copy = TempStore.Create(kind);

        var dry = await Cli.OkAsync("import", file, "--dry-run", "--db", copy.Db);

        Assert.Contains("would be added", dry.Out);
        Assert.True(await copy.IsMissingAsync(), "a dry run into a store that does not exist must not create it");
    }
}
