using Parley.Tests.Support;

namespace Parley.Tests;

public class CommandLineTests
{
    [Fact]
    public async Task Help_lists_every_command()
    {
        var run = await Cli.OkAsync("--help");

        foreach (var verb in new[] { "serve", "init", "export", "import", "stats" }) Assert.Contains(verb, run.Out);
        Assert.Contains("--db", run.Out);
    }

    [Theory]
    [InlineData("export")]
    [InlineData("import")]
    [InlineData("init")]
    [InlineData("serve")]
    public async Task Each_command_explains_its_options(string verb)
    {
        var run = await Cli.OkAsync(verb, "--help");

        Assert.Contains("--db", run.Out);
        Assert.Contains("Usage:", run.Out);
    }

    [Fact]
    public async Task A_wrong_option_is_a_one_line_error_with_a_hint_and_exit_code_2()
    {
        var run = await Cli.RunAsync("export", "--bogus");

        Assert.Equal(2, run.Exit);
        var lines = run.Error.Trim().Split('\n');
        Assert.Equal("parley: Unrecognized command or argument '--bogus'.", lines[0].Trim());
        Assert.Equal("Try 'parley export --help'.", lines[1].Trim());
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task An_unknown_command_is_named_in_the_error()
    {
        var run = await Cli.RunAsync("frobnicate");

        Assert.Equal(2, run.Exit);
        Assert.Contains("'frobnicate'", run.Error);
    }

    [Fact]
    public async Task A_format_other_than_json_is_refused_by_name()
    {
        var run = await Cli.RunAsync("export", "--format", "xml");

        Assert.Equal(2, run.Exit);
        Assert.Contains("xml", run.Error);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Importing_a_missing_file_says_so_without_a_stack_trace(StoreKind kind)
    {
        using var store = TempStore.Create(kind);
        var run = await Cli.RunAsync("import", store.File("missing.json"), "--db", store.Db);

        Assert.Equal(1, run.Exit);
        Assert.Equal($"parley: file not found: {store.File("missing.json")}", run.Error.Trim());
        Assert.True(await store.IsMissingAsync(), "a failed import must not create a store");
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Stats_on_a_store_that_does_not_exist_points_to_init(StoreKind kind)
    {
        using var store = TempStore.Create(kind);
        var run = await Cli.RunAsync("stats", "--db", store.Db);

        Assert.Equal(1, run.Exit);
        Assert.Contains("run 'parley init' first", run.Error);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Stats_prints_a_count_for_every_kind(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);

        var run = await Cli.OkAsync("stats", "--db", store.Db);

        foreach (var counted in new[] { "parties", "institutions", "channels", "rounds", "recommendations", "commitments", "cases", "provisions", "programmes", "frameworks", "statements", "sources" })
            Assert.Matches($@"(?m)^{counted}\s+[1-9]\d*\s+\d+", run.Out);
    }
}
