using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Parley.Tests.Support;

/// <summary>
/// `parley` as a separate process (the built parley.dll under dotnet), for what needs a real process: killing it
/// outright (SIGKILL) in the middle of a write, or reading everything it prints while serving.
/// </summary>
public sealed partial class ParleyProcess : IDisposable
{
    private readonly StringBuilder _output = new();

    private ParleyProcess(Process process) => Process = process;

    public Process Process { get; }

    /// <summary>Everything the process wrote to standard output and standard error so far.</summary>
    public string Output { get { lock (_output) return _output.ToString(); } }

    public static ParleyProcess Start(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(ParleyCommandLine).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var process = new ParleyProcess(Process.Start(start)!);
        process.Process.OutputDataReceived += (_, e) => process.Append(e.Data);
        process.Process.ErrorDataReceived += (_, e) => process.Append(e.Data);
        process.Process.BeginOutputReadLine();
        process.Process.BeginErrorReadLine();
        return process;
    }

    public static ParleyProcess Start(params string[] args) => Start(null, args);

    /// <summary>
    /// `parley serve` on a port the system picks (port 0), and the address it printed once listening. A port chosen
    /// beforehand and released could be taken by another test's server before this one binds it, so that this
    /// test's requests reach the wrong server.
    /// </summary>
    public static async Task<(ParleyProcess Server, Uri Address)> ServeAsync(
        IReadOnlyDictionary<string, string>? environment, string scheme, params string[] args)
    {
        var server = Start(environment, [.. args, "--urls", $"{scheme}://127.0.0.1:0"]);
        for (var i = 0; i < 600 && !server.Process.HasExited; i++)
        {
            if (ServingAt().Match(server.Output) is { Success: true } serving) return (server, new Uri(serving.Groups[1].Value));
            await Task.Delay(100);
        }
        var output = server.Output;
        server.Dispose();
        throw new InvalidOperationException($"parley serve did not start:\n{output}");
    }

    public static Task<(ParleyProcess Server, Uri Address)> ServeAsync(params string[] args) => ServeAsync(null, "http", args);

    /// <summary>SIGKILL after <paramref name="delay"/> unless it finished first; true when it was killed.</summary>
    public async Task<bool> KillAfterAsync(TimeSpan delay)
    {
        await Task.Delay(delay);
        var killed = !Process.HasExited;
        if (killed) Process.Kill(entireProcessTree: true); // SIGKILL: no chance to clean up
        await Process.WaitForExitAsync();
        return killed;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    public void Dispose()
    {
        if (!Process.HasExited) Process.Kill(entireProcessTree: true);
        Process.Dispose();
    }

    [GeneratedRegex(@"Parley is serving .* at (https?://127\.0\.0\.1:\d+)")]
    private static partial Regex ServingAt();
}
