using System.Diagnostics;

namespace Parley;

/// <summary>
/// Progress of a long command on standard error. On a terminal one line is rewritten in place; anywhere else (a log, a
/// pipe, CI) each report is its own line, at most one every few seconds, so that no carriage returns pile up in a file.
/// </summary>
public sealed class CliProgress(TextWriter writer, bool rewriteInPlace)
{
    private static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(2);
    private readonly Stopwatch _sinceLine = Stopwatch.StartNew();
    private bool _first = true;
    private int _lastLength;
    private string? _pending;

    /// <summary>Progress for the command's error writer: in place only when it is the console and that is a terminal.</summary>
    public static CliProgress For(CliContext cli) =>
        new(cli.Error, ReferenceEquals(cli.Error, Console.Error) && !Console.IsErrorRedirected);

    /// <summary>
    /// Reports where the work stands. A milestone (a step finished) is always written; between milestones a log gets
    /// a line every few seconds. The last report is always shown by <see cref="Finish"/>.
    /// </summary>
    public void Report(string line, bool milestone = false)
    {
        if (rewriteInPlace)
        {
            writer.Write($"\r{line.PadRight(_lastLength)}");
            _lastLength = line.Length;
            return;
        }
        if (_first || milestone || _sinceLine.Elapsed >= LineInterval)
        {
            writer.WriteLine(line);
            _first = false;
            _pending = null;
            _sinceLine.Restart();
        }
        else _pending = line;
    }

    /// <summary>Ends the progress output: the newest report is on screen and the cursor on a new line.</summary>
    public void Finish()
    {
        if (rewriteInPlace) { if (_lastLength > 0) writer.WriteLine(); }
        else if (_pending is not null) writer.WriteLine(_pending);
        _pending = null;
        _lastLength = 0;
    }
}
