using System.Text;

namespace Parley.Tests.Features.Fuzz;

/// <summary>
/// Random damage to a valid file, the kinds that arrive from the world: flipped bytes, a file cut short, stray
/// quotes, separators and line breaks, NUL bytes, binary garbage, bytes invalid in UTF-8, a huge field, a line past
/// the reader's cap, markup and direction overrides. Each mutation says what it did, so a failure can be read.
/// </summary>
public static class ByteMutations
{
    private static readonly byte[][] Insertions =
    [
        "\""u8.ToArray(), ","u8.ToArray(), ";"u8.ToArray(), "\n"u8.ToArray(), "\r"u8.ToArray(), "\r\n"u8.ToArray(), [0],
        "\"\""u8.ToArray(), "{"u8.ToArray(), "}"u8.ToArray(), "["u8.ToArray(), "]"u8.ToArray(), ":"u8.ToArray(), "\\"u8.ToArray(),
        [0xC3, 0x28], [0xFF, 0xFE], [0xEF, 0xBB, 0xBF], [0xE2, 0x80, 0xAE], "<script>alert(1)</script>"u8.ToArray(),
        "=HYPERLINK(\"http://x\")"u8.ToArray(), "\\u0000"u8.ToArray(), "-1"u8.ToArray(), "99999999999999999999"u8.ToArray(), "null"u8.ToArray(),
    ];

    /// <summary>One to three random mutations of <paramref name="input"/>, and a line describing them.</summary>
    public static (byte[] Bytes, string What) Mutate(byte[] input, Random random)
    {
        var bytes = input.ToList();
        var what = new List<string>();
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++) what.Add(Once(bytes, random));
        return ([.. bytes], string.Join("; ", what));
    }

    private static string Once(List<byte> bytes, Random random)
    {
        var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
        switch (random.Next(11))
        {
            case 0:
                if (bytes.Count == 0) goto default;
                var old = bytes[at];
                bytes[at] = (byte)random.Next(256);
                return $"byte {at} {old:X2}→{bytes[at]:X2}";
            case 1:
                bytes.RemoveRange(at, bytes.Count - at);
                return $"truncated at {at}";
            case 2:
            {
                var length = Math.Min(bytes.Count - at, random.Next(1, 64));
                bytes.RemoveRange(at, length);
                return $"deleted {length} at {at}";
            }
            case 3:
            {
                var length = Math.Min(bytes.Count - at, random.Next(1, 200));
                bytes.InsertRange(at, bytes.GetRange(at, length));
                return $"duplicated {length} at {at}";
            }
            case 4:
            {
                var garbage = new byte[random.Next(1, 32)];
                random.NextBytes(garbage);
                bytes.InsertRange(at, garbage);
                return $"{garbage.Length} random bytes at {at}";
            }
            case 5:
            {
                // A field far longer than any real one, yet under the line cap.
                var length = random.Next(10_000, 300_000);
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(new string('x', length)));
                return $"{length} x's at {at}";
            }
            case 6 when random.Next(20) == 0:
                // Rarely: one line past the CSV reader's cap of a million characters.
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(new string('y', 1_100_000)));
                return $"1.1M y's at {at}";
            default:
            {
                var insert = Insertions[random.Next(Insertions.Length)];
                bytes.InsertRange(at, insert);
                return $"inserted {Show(insert)} at {at}";
            }
        }
    }

    private static string Show(byte[] bytes) => string.Concat(bytes.Select(b => b is >= 0x20 and < 0x7F ? ((char)b).ToString() : $"\\x{b:X2}"));
}
