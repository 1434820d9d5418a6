namespace Parley.Features.Import;

/// <summary>Input that cannot be read on as text from a given line (a line past the cap, binary data, bytes not in the encoding).</summary>
public sealed class UnreadableInput(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}
