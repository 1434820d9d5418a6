namespace Parley.Tests.Support;

/// <summary>Runs `parley` in-process with captured output, as a user at a terminal would see it.</summary>
public static class Cli
{
    public sealed record Run(int Exit, string Out, string Error);

    public static async Task<Run> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await ParleyCommandLine.RunAsync(args, output, error);
        return new Run(exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs `parley` with <paramref name="input"/> as its standard input (not a terminal).</summary>
    public static async Task<Run> RunWithInputAsync(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await ParleyCommandLine.RunAsync(args, output, error, input: new StringReader(input));
        return new Run(exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs a command that must succeed, and returns what it printed.</summary>
    public static async Task<Run> OkAsync(params string[] args)
    {
        var run = await RunAsync(args);
        Assert.True(run.Exit == 0, $"parley {string.Join(' ', args)} failed with {run.Exit}: {run.Error}");
        return run;
    }
}
