using System.Text;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Import;

/// <summary>Hostile and broken files: every problem is named with file, line and field, and the store is left byte-identical.</summary>
public class BrokenFileTests
{
    private const string Header = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session";
    private const string GoodRow = "Chad,Africa,AU,Bring Mr. Hissène Habré to justice,Ireland,WEOG,EU,Accepted,5,Justice,5";

    /// <summary>Imports the file (dry run or not) and checks it fails, prints the lines named and changes nothing.</summary>
    private static async Task<string> RefusedAsync(TempStore store, string file, params string[] extra)
    {
        var before = (await Cli.OkAsync("export", "--db", store.Path)).Out;
        var run = await Cli.RunAsync(["import", file, "--db", store.Path, .. extra]);
        var after = (await Cli.OkAsync("export", "--db", store.Path)).Out;
        Assert.Equal(1, run.Exit);
        Assert.Contains("nothing was written", run.Error);
        Assert.Equal(before, after);
        return run.Error;
    }

    private static async Task<TempStore> SeededAsync()
    {
        var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        return store;
    }

    [Fact]
    public async Task Bad_values_are_each_listed_with_line_and_column()
    {
        using var store = await SeededAsync();
        var file = store.File("bad.csv");
        await File.WriteAllTextAsync(file, string.Join("\r", Header, GoodRow,
            "Chad,Africa,AU,,Ireland,WEOG,EU,Accepted,5,Justice,5",
            "Chad,Africa,AU,Abolish the death penalty,Ireland,WEOG,EU,Maybe,5,Death penalty,5",
            "Chad,Africa,AU,Ratify the convention,Ireland,WEOG,EU,Noted,9,International instruments,five",
            GoodRow) + "\r");

        foreach (var dryRun in new[] { true, false })
        {
            var error = await RefusedAsync(store, file, dryRun ? ["--dry-run"] : []);
            Assert.Contains("bad.csv:3: Text: the recommendation's text is missing", error);
            Assert.Contains("bad.csv:4: Response: 'Maybe' is not a response", error);
            Assert.Contains("bad.csv:5: Action: '9' is not an action category", error);
            Assert.Contains("bad.csv:5: Session: 'five' is not a session number", error);
            Assert.Contains("4 problem(s) found", error);
        }
    }

    [Fact]
    public async Task A_quote_left_open_is_reported_at_its_line()
    {
        using var store = await SeededAsync();
        var file = store.File("truncated.csv");
        await File.WriteAllTextAsync(file, $"{Header}\n{GoodRow}\n{GoodRow}\nChad,Africa,AU,\"Release all prisoners of conscience,Ireland,WEOG,EU,Accepted,5,Detention,5\n{GoodRow}\n");

        var error = await RefusedAsync(store, file);

        Assert.Contains("truncated.csv:4: quoting: broken quoting: a quoted field opened here is never closed", error);
    }

    [Fact]
    public async Task A_wrong_header_names_the_missing_columns()
    {
        using var store = await SeededAsync();
        var file = store.File("wrong.csv");
        await File.WriteAllTextAsync(file, "To,To-Rgrp,To-Org,Recommendation,From,From-Rgrp,From-Org,Answer,Action,Issue,Session\n" + GoodRow + "\n");

        var error = await RefusedAsync(store, file);

        Assert.Contains("wrong.csv:1: header: column(s) Text, Response missing", error);
    }

    [Fact]
    public async Task Binary_garbage_is_refused_as_not_text()
    {
        using var store = await SeededAsync();
        var file = store.File("garbage.csv");
        var random = new Random(6);
        var bytes = new byte[200_000];
        random.NextBytes(bytes);
        await File.WriteAllBytesAsync(file, [.. Encoding.ASCII.GetBytes(Header + "\n" + GoodRow + "\n"), .. bytes]);

        var error = await RefusedAsync(store, file, "--format", "upr-csv");

        Assert.Matches(@"garbage\.csv:\d+: binary data", error);
    }

    [Fact]
    public async Task An_absurdly_long_line_is_stopped_at_the_cap_not_read_whole()
    {
        using var store = await SeededAsync();
        var file = store.File("long.csv");
        await using (var writer = new StreamWriter(file))
        {
            await writer.WriteAsync(Header + "\n" + GoodRow + "\nChad,Africa,AU,");
            var chunk = new string('x', 64 * 1024);
            for (var i = 0; i < 48; i++) await writer.WriteAsync(chunk); // 3 MiB on one line
            await writer.WriteAsync(",Ireland,WEOG,EU,Accepted,5,Justice,5\n");
        }

        var error = await RefusedAsync(store, file);

        Assert.Contains("long.csv:3: the line is longer than 1,048,576 characters", error);
    }

    [Fact]
    public async Task A_file_of_no_known_format_asks_for_one()
    {
        using var store = await SeededAsync();
        var file = store.File("people.csv");
        await File.WriteAllTextAsync(file, "name,age\nAlice,3\n");

        var run = await Cli.RunAsync("import", file, "--db", store.Path);

        Assert.Equal(1, run.Exit);
        Assert.Contains("--format csv --kind KIND", run.Error);
    }
}
