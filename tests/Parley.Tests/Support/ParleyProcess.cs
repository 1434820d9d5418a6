using System.Diagnostics;
using System.Text;

namespace Parley.Tests.Support;

/// <summary>
/// `parley` as a separate process (the built parley.dll under dotnet), for what needs a real process: killing it
/// outright (SIGKILL) in the middle of a write, or reading everything it prints while serving.
/// </summary>
public sealed class ParleyProcess : IDisposable
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
}
