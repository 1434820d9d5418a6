using System.Text;

namespace Parley.Features.Import;

/// <summary>Tells a file's format from its first bytes: a JSON document opens with '{'; a UPR Info file, an OHCHR matrix and a Universal Human Rights Index export by their headers.</summary>
public static class FormatSniffer
{
    public static ImportFormat? Sniff(Stream stream, Encoding encoding)
    {
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
            if (UhriReader.IsHeader(header)) return ImportFormat.Uhri;
            if (UprMatrixReader.IsHeader(header)) return ImportFormat.UprMatrix;
            return null;
        }
        finally
        {
            stream.Position = start;
        }
    }
}
