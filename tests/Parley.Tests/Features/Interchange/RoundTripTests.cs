using Parley.Features.Interchange;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Interchange;

public class RoundTripTests
{
    [Fact]
    public async Task Export_import_into_an_empty_store_and_export_again_gives_byte_identical_json()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        var first = store.File("first.json");
        var second = store.File("second.json");
        var copy = store.File("copy.db");

        await Cli.OkAsync("export", "--format", "json", "--out", first, "--db", store.Path);
        var imported = await Cli.OkAsync("import", first, "--db", copy);
        await Cli.OkAsync("export", "--out", second, "--db", copy);

        Assert.Contains("Imported", imported.Out);
        var a = await File.ReadAllBytesAsync(first);
        Assert.True(a.Length > 10_000, "the export should hold the whole bundled data set");
        Assert.Equal(a, await File.ReadAllBytesAsync(second));
    }

    [Fact]
    public async Task Exporting_the_same_store_twice_gives_the_same_bytes_and_stdout_matches_the_file()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        var file = store.File("out.json");

        var toStdout = await Cli.OkAsync("export", "--db", store.Path);
        await Cli.OkAsync("export", "--out", file, "--db", store.Path);

        Assert.Equal(toStdout.Out, await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task Importing_the_same_document_twice_adds_nothing_the_second_time()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        var file = store.File("out.json");
        await Cli.OkAsync("export", "--out", file, "--db", store.Path);
        var copy = store.File("copy.db");
        await Cli.OkAsync("import", file, "--db", copy);

        var again = await Cli.OkAsync("import", file, "--db", copy);

        Assert.Contains("Nothing to add", again.Out);
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_be_added_and_creates_nothing()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        var file = store.File("out.json");
        await Cli.OkAsync("export", "--out", file, "--db", store.Path);
        var copy = store.File("copy.db");

        var dry = await Cli.OkAsync("import", file, "--dry-run", "--db", copy);
        var stats = await Cli.OkAsync("stats", "--db", copy);

        Assert.Contains("would be added", dry.Out);
        Assert.Matches(@"total\s+0\s+0", stats.Out);
    }
}
