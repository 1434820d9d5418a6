using System.Text;
using Parley.Features.Interchange;

namespace Parley.Features.Import;

/// <summary>
/// Tells a file's format from its first bytes: a JSON document opens with '{'; a UPR Info file, an OHCHR matrix and a
/// Universal Human Rights Index export by their headers, in CSV text or on the first sheet of an XLSX workbook.
/// </summary>
public static class FormatSniffer
{
    public static ImportFormat? Sniff(Stream stream, Encoding encoding)
    {
        if (SheetTable.IsWorkbook(stream)) return SniffWorkbook(stream, "", []);
        var start = stream.Position;
        try
        {
            var buffer = new byte[8192];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            string text;
            try { text = encoding.GetString(buffer, 0, read); }
            catch (DecoderFallbackException) { text = Encoding.Latin1.GetString(buffer, 0, read); }
            text = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
            if (text.StartsWith('{')) return ImportFormat.Json;
            var firstLine = text.Split('\r', '\n')[0];
            var header = firstLine.Split(',').Select(h => h.Trim('"', ' ')).ToList();
            if (UprReader.IsUprHeader(header)) return ImportFormat.UprCsv;
            return UnLayout(header);
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static ImportFormat? UnLayout(IReadOnlyList<string> header) =>
        UhriReader.IsHeader(header) ? ImportFormat.Uhri : UprMatrixReader.IsHeader(header) ? ImportFormat.UprMatrix : null;

    /// <summary>A workbook's layout from the header of its first sheet; the UN layouts are the ones served as XLSX.</summary>
    public static ImportFormat? SniffWorkbook(Stream stream, string file, List<ImportProblem> problems)
    {
        var start = stream.Position;
        try
        {
            using var sheet = new SheetTable(stream, file, problems);
            return sheet.ReadHeader() ? UnLayout(sheet.Header) : null;
        }
        finally
        {
            stream.Position = start;
        }
    }
}
