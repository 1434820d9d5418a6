namespace Parley.Features.Import;

/// <summary>A percentage line on standard error for long imports, printed at each tenth, so a user sees it is moving.</summary>
public sealed class ImportProgress(TextWriter? writer)
{
    private string _phase = "";
    private int _lastTenth = -1;

    public static ImportProgress None { get; } = new(null);

    public void Report(string phase, double fraction)
    {
        if (writer is null) return;
        if (phase != _phase) (_phase, _lastTenth) = (phase, -1);
        var tenth = (int)Math.Clamp(fraction * 10, 0, 10);
        if (tenth <= _lastTenth) return;
        _lastTenth = tenth;
        writer.WriteLine($"  {phase} {tenth * 10,3}%");
    }
}
