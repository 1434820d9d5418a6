using System.Diagnostics;
using Parley.Tests.Support;

namespace Parley.Tests;

/// <summary>The built executable run as a separate process, as a user runs it: environment, working folder, exit codes.</summary>
public class ProcessTests
{
    private static async Task<(int Exit, string Out, string Error)> ParleyAsync(string workingDirectory, IDictionary<string, string>? environment, params string[] args)
    {
        var dll = typeof(ParleyCommandLine).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment.Remove("PARLEY_DB");
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Init_without_db_creates_parley_db_in_the_working_directory()
    {
        using var store = new TempStore();
        var (exit, _, _) = await ParleyAsync(store.Folder, null, "init");

        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(store.Folder, "parley.db")));
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task The_PARLEY_DB_variable_chooses_the_store(StoreKind kind)
    {
        using var store = TempStore.Create(kind);
        var chosen = kind == StoreKind.Sqlite ? store.File("chosen.db") : store.Db;
        var (exit, _, _) = await ParleyAsync(store.Folder, new Dictionary<string, string> { ["PARLEY_DB"] = chosen }, "init");

        Assert.Equal(0, exit);
        Assert.False(await Parley.Store.ParleyStore.IsMissingAsync(Parley.Store.StoreLocation.Parse(chosen)));
        Assert.False(File.Exists(Path.Combine(store.Folder, "parley.db")));
    }

    [Fact]
    public async Task A_corrupt_store_file_gives_one_line_and_a_non_zero_exit_not_a_stack_trace()
    {
        using var store = new TempStore();
        await File.WriteAllTextAsync(store.Path, "this is not a database");

        var (exit, _, error) = await ParleyAsync(store.Folder, null, "stats");

        Assert.NotEqual(0, exit);
        Assert.StartsWith("parley: ", error);
        Assert.DoesNotContain("   at ", error);
    }
}
