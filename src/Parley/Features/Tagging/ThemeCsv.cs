using System.Text;

namespace Parley.Features.Tagging;

/// <summary>Writes `tag predict`'s output: a header Text,Issue and one row per input row, every field quoted.</summary>
public static class ThemeCsv
{
    public static void Write(TextWriter writer, IEnumerable<(string Text, IReadOnlyList<string> Labels)> rows)
    {
        writer.Write("Text,Issue\n");
        foreach (var (text, labels) in rows) writer.Write($"{Quote(text)},{Quote(string.Join(",", labels))}\n");
    }

    private static string Quote(string field) => "\"" + field.Replace("\"", "\"\"") + "\"";

    public static void Write(string path, IEnumerable<(string Text, IReadOnlyList<string> Labels)> rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Write(writer, rows);
    }
}
