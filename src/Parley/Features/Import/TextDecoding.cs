using System.Text;

namespace Parley.Features.Import;

/// <summary>
/// Decides how a file's bytes become text. Files come as the world wrote them: UTF-8 with or without a BOM,
/// UTF-16 with a BOM, or an 8-bit code page (Windows-1252, or Mac Roman as in the UPR Info files). Valid UTF-8 is
/// read as UTF-8; otherwise the code page whose reading gives plausible letters in context wins.
/// </summary>
public static class TextDecoding
{
    /// <summary>How many bytes are examined to choose an encoding; the rest is checked as it is read.</summary>
    private const int ScanLimit = 16 * 1024 * 1024;

    // Code pages other than UTF-8/16 and Latin-1 ship in .NET but must be registered; this runs before the fields below.
    private static readonly bool CodePagesRegistered = Register();

    private static bool Register()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    }

    public static Encoding Utf8Strict { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    public static Encoding Windows1252 => !CodePagesRegistered ? throw new InvalidOperationException() : Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    public static Encoding MacRoman => Encoding.GetEncoding(10000, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    public static IReadOnlyList<string> Names { get; } = ["utf-8", "utf-16", "utf-16be", "windows-1252", "mac-roman"];

    /// <summary>The encoding a user named with --encoding; null when the name is not one Parley reads.</summary>
    public static Encoding? Named(string name) => name.Trim().ToLowerInvariant().Replace("_", "-") switch
    {
        "utf-8" or "utf8" => Utf8Strict,
        "utf-16" or "utf16" or "utf-16le" or "unicode" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true),
        "utf-16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true),
        "windows-1252" or "cp1252" or "1252" or "latin1" or "iso-8859-1" => Windows1252,
        "mac-roman" or "macroman" or "macintosh" or "x-mac-roman" or "10000" => MacRoman,
        _ => null,
    };

    /// <summary>A readable name of an encoding for reports.</summary>
    public static string Describe(Encoding encoding) => encoding.CodePage switch
    {
        65001 => "UTF-8",
        1200 => "UTF-16",
        1201 => "UTF-16 (big-endian)",
        1252 => "Windows-1252",
        10000 => "Mac Roman",
        _ => encoding.WebName,
    };

    /// <summary>Reads the start of a seekable stream to choose its encoding, then rewinds it.</summary>
    public static Encoding Detect(Stream stream)
    {
        var start = stream.Position;
        try
        {
            Span<byte> bom = stackalloc byte[3];
            var read = stream.ReadAtLeast(bom, 3, throwOnEndOfStream: false);
            if (read >= 2 && bom[0] == 0xFF && bom[1] == 0xFE) return new UnicodeEncoding(false, true, true);
            if (read >= 2 && bom[0] == 0xFE && bom[1] == 0xFF) return new UnicodeEncoding(true, true, true);
            if (read == 3 && bom[0] == 0xEF && bom[1] == 0xBB && bom[2] == 0xBF) return Utf8Strict;
            stream.Position = start;
            return Guess(stream);
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static Encoding Guess(Stream stream)
    {
        var decoder = Utf8Strict.GetDecoder();
        var buffer = new byte[64 * 1024];
        var chars = new char[Utf8Strict.GetMaxCharCount(buffer.Length)];
        var utf8 = true;
        var macRoman = 0;
        var windows = 0;
        var previous = (byte)' ';
        var pendingHigh = -1;
        var total = 0;
        int count;
        while (total < ScanLimit && (count = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += count;
            if (utf8)
            {
                try { decoder.GetChars(buffer, 0, count, chars, 0, flush: false); }
                catch (DecoderFallbackException) { utf8 = false; }
            }
            for (var i = 0; i < count; i++)
            {
                var b = buffer[i];
                if (pendingHigh >= 0)
                {
                    macRoman += Plausibility(MacRomanChar((byte)pendingHigh), previous, b);
                    windows += Plausibility(WindowsChar((byte)pendingHigh), previous, b);
                    pendingHigh = -1;
                }
                if (b >= 0x80) pendingHigh = b;
                else previous = b;
            }
        }
        if (utf8) return Utf8Strict;
        return macRoman > windows ? MacRoman : Windows1252;
    }

    private static char MacRomanChar(byte b) => Decode(MacRomanLoose, b);
    private static char WindowsChar(byte b) => Decode(WindowsLoose, b);
    private static readonly Encoding MacRomanLoose = Encoding.GetEncoding(10000, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
    private static readonly Encoding WindowsLoose = Encoding.GetEncoding(1252, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));

    private static char Decode(Encoding encoding, byte b)
    {
        Span<char> c = stackalloc char[2];
        return encoding.GetChars([b], c) > 0 ? c[0] : '\uFFFD';
    }

    /// <summary>
    /// How likely a decoded character is in its place. Accented letters sit inside words, so a lower-case letter
    /// after a lower-case letter scores highest; a capital in mid-word (Windows-1252 reads Mac Roman "é" as "Ž")
    /// or an unassigned byte scores against the encoding.
    /// </summary>
    private static int Plausibility(char c, byte before, byte after)
    {
        if (c == '\uFFFD' || char.IsControl(c)) return -3;
        var inWord = char.IsAsciiLetterLower((char)before) || char.IsAsciiLetterLower((char)after);
        if (char.IsLetter(c))
        {
            if (char.IsLower(c)) return inWord ? 3 : 1;
            return char.IsAsciiLetterLower((char)before) ? -1 : 1;
        }
        return char.IsPunctuation(c) ? 1 : -1;
    }
}
