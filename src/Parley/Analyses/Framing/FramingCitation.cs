namespace Parley.Analyses.Framing;

/// <summary>The source a finding's reason rests on, by title and publisher, with the passage quoted.</summary>
public sealed record FramingCitation(string Source, string? Publisher, string? Locator)
{
    public override string ToString() =>
        $"{Source}{(Publisher is { Length: > 0 } p ? $" ({p})" : "")}{(Locator is { Length: > 0 } l ? $": “{l}”" : "")}";
}
