using SkiaSharp;

namespace Parley.Features.Briefings.Rendering;

/// <summary>
/// A small flowing layout for the PDF: wrapped paragraphs, headings kept with what follows, and tables whose rows
/// never split across pages (the header row repeats on each new page). Without a document it only measures,
/// which is how the first pass learns the page of every section before the second pass draws.
/// </summary>
internal sealed class PdfLayout : IDisposable
{
    public const float PageWidth = 595; // A4 in points
    public const float PageHeight = 842;
    public const float Margin = 56;
    private const float FooterSpace = 36;
    private readonly SKDocument? _document;
    private readonly Action<SKCanvas, int>? _footer;
    private SKCanvas? _canvas;

    public PdfLayout(BriefingFonts fonts, SKDocument? document, Action<SKCanvas, int>? footer)
    {
        (_document, _footer) = (document, footer);
        Body = new SKFont(fonts.Regular, 10);
        Small = new SKFont(fonts.Regular, 8);
        SmallBold = new SKFont(fonts.Bold, 8);
        Bold = new SKFont(fonts.Bold, 10);
        Heading = new SKFont(fonts.Bold, 14);
        Subheading = new SKFont(fonts.Bold, 11);
        Title = new SKFont(fonts.Bold, 22);
    }

    public SKFont Body { get; }
    public SKFont Small { get; }
    public SKFont SmallBold { get; }
    public SKFont Bold { get; }
    public SKFont Heading { get; }
    public SKFont Subheading { get; }
    public SKFont Title { get; }

    /// <summary>The canvas of the current page; null while only measuring.</summary>
    public SKCanvas? Canvas => _canvas;
    public int PageNumber { get; private set; }
    public float Y { get; set; }
    public const float Width = PageWidth - 2 * Margin;
    private const float Bottom = PageHeight - Margin - FooterSpace;

    public void NewPage()
    {
        EndPage();
        PageNumber++;
        _canvas = _document?.BeginPage(PageWidth, PageHeight);
        Y = Margin;
    }

    private void EndPage()
    {
        if (_canvas is null) return;
        _footer?.Invoke(_canvas, PageNumber);
        _document!.EndPage();
        _canvas = null;
    }

    public void Space(float points) => Y += points;

    /// <summary>Starts a new page unless <paramref name="height"/> still fits on this one.</summary>
    public void Keep(float height)
    {
        if (Y + height > Bottom) NewPage();
    }

    public void Text(string text, SKFont font, float indent = 0, float after = 4, SKColor? color = null)
    {
        var lineHeight = LineHeight(font);
        foreach (var line in Wrap(text, font, Width - indent))
        {
            Keep(lineHeight);
            Draw(line, Margin + indent, Y, font, color ?? SKColors.Black);
            Y += lineHeight;
        }
        Y += after;
    }

    /// <summary>A heading with room for at least three lines after it, so it never ends a page alone.</summary>
    public void HeadingText(string text, SKFont font)
    {
        Keep(LineHeight(font) + 3 * LineHeight(Body));
        Text(text, font, after: 6);
    }

    public void Draw(string text, float x, float top, SKFont font, SKColor color, SKTextAlign align = SKTextAlign.Left)
    {
        if (_canvas is null) return;
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        _canvas.DrawText(text, x, top - font.Metrics.Ascent, align, font, paint);
    }

    public void Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        const float padding = 3;
        var widths = ColumnWidths(headers, rows);
        var lineHeight = LineHeight(Small);
        float RowHeight(IReadOnlyList<string> cells, SKFont font) =>
            cells.Select((c, i) => Wrap(c, font, widths[i] - 2 * padding).Count).DefaultIfEmpty(1).Max() * lineHeight + 2 * padding;

        void DrawRow(IReadOnlyList<string> cells, SKFont font, bool shaded)
        {
            var height = RowHeight(cells, font);
            var x = Margin;
            for (var i = 0; i < cells.Count; i++)
            {
                if (_canvas is not null)
                {
                    var cell = SKRect.Create(x, Y, widths[i], height);
                    if (shaded) using (var fill = new SKPaint { Color = new SKColor(0xF2, 0xF3, 0xF6) }) _canvas.DrawRect(cell, fill);
                    using var border = new SKPaint { Color = SKColors.LightGray, Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f };
                    _canvas.DrawRect(cell, border);
                }
                var lineY = Y + padding;
                foreach (var line in Wrap(cells[i], font, widths[i] - 2 * padding))
                {
                    Draw(line, x + padding, lineY, font, SKColors.Black);
                    lineY += lineHeight;
                }
                x += widths[i];
            }
            Y += height;
        }

        Keep(RowHeight(headers, SmallBold) + (rows.Count > 0 ? RowHeight(rows[0], Small) : 0));
        DrawRow(headers, SmallBold, shaded: true);
        foreach (var row in rows)
        {
            if (Y + RowHeight(row, Small) > Bottom)
            {
                NewPage();
                DrawRow(headers, SmallBold, shaded: true);
            }
            DrawRow(row, Small, shaded: false);
        }
        Y += 8;
    }

    /// <summary>Columns share the width in proportion to their longest text, with a floor so none collapses.</summary>
    private static float[] ColumnWidths(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var weights = headers.Select((h, i) => (float)Math.Clamp(rows.Select(r => r[i].Length).Append(h.Length).Max(), 6, 60)).ToArray();
        var total = weights.Sum();
        return weights.Select(w => Width * w / total).ToArray();
    }

    public static float LineHeight(SKFont font) => font.Size * 1.35f;

    public static IReadOnlyList<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (font.MeasureText(candidate) <= width) { line = candidate; continue; }
                if (line.Length > 0) lines.Add(line);
                line = word;
                // A word wider than the column (a long URL) is cut where it must be.
                while (font.MeasureText(line) > width && line.Length > 1)
                {
                    var cut = line.Length - 1;
                    while (cut > 1 && font.MeasureText(line[..cut]) > width) cut--;
                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    /// <summary>Closes the last page.</summary>
    public void Finish() => EndPage();

    public void Dispose()
    {
        foreach (var font in new[] { Body, Small, SmallBold, Bold, Heading, Subheading, Title }) font.Dispose();
    }
}
