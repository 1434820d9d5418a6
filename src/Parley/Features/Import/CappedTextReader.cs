namespace Parley.Features.Import;

/// <summary>
/// A text reader that refuses to go on past a line longer than a cap, or into binary data, so that a hostile
/// file (one 2 GB line, a zip renamed .csv) is reported at its line instead of filling memory. It also counts
/// physical lines, whatever their ending: LF, CRLF or a bare CR.
/// </summary>
public sealed class CappedTextReader(TextReader inner, int maxLineLength) : TextReader
{
    private int _lineLength;
    private bool _afterCr;

    /// <summary>The physical line (1-based) the last character read belongs to.</summary>
    public int Line { get; private set; } = 1;

    public int MaxLineLength { get; } = maxLineLength;

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        int read;
        try
        {
            read = inner.Read(buffer);
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw new UnreadableInput(Line, "bytes that are not valid in the file's encoding; name the encoding with --encoding");
        }
        for (var i = 0; i < read; i++) Check(buffer[i]);
        return read;
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) => Task.FromResult(Read(buffer, index, count));

    public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

    private void Check(char c)
    {
        if (c == '\n')
        {
            if (!_afterCr) Line++;
            _afterCr = false;
            _lineLength = 0;
            return;
        }
        if (c == '\r')
        {
            Line++;
            _afterCr = true;
            _lineLength = 0;
            return;
        }
        _afterCr = false;
        if (c < ' ' && c != '\t' && c != '\f')
            throw new UnreadableInput(Line, $"binary data (control character U+{(int)c:X4}): this is not a text file in the expected encoding");
        if (++_lineLength > MaxLineLength)
            throw new UnreadableInput(Line, $"the line is longer than {MaxLineLength:N0} characters; reading stopped there");
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
