using System.Globalization;
using SkiaSharp;

namespace Parley.Features.Briefings.Rendering;

/// <summary>
/// Draws a briefing as a PDF: title page, a contents page with page numbers and links, numbered pages.
/// Laid out twice: the first pass only measures, to learn each section's page and the page count.
/// </summary>
public static class PdfBriefing
{
    public static byte[] Render(Briefing briefing)
    {
        var fonts = BriefingFonts.Get();
        var (sectionPages, pageCount) = Layout(briefing, fonts, null, new Dictionary<BriefingSectionId, int>(), 0);
        using var output = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata { Title = briefing.Title, Creator = "Parley", Producer = "Parley", Creation = DateTime.Now };
        using (var document = SKDocument.CreatePdf(output, metadata))
        {
            Layout(briefing, fonts, document, sectionPages, pageCount);
            document.Close();
        }
        return output.ToArray();
    }

    private static (Dictionary<BriefingSectionId, int> SectionPages, int PageCount) Layout(
        Briefing briefing, BriefingFonts fonts, SKDocument? document, IReadOnlyDictionary<BriefingSectionId, int> knownPages, int knownCount)
    {
        var text = briefing.Text;
        var sectionPages = new Dictionary<BriefingSectionId, int>();
        using var layout = new PdfLayout(fonts, document, (canvas, page) => Footer(canvas, fonts, briefing, page, knownCount));

        layout.NewPage();
        if (briefing.Sensitive) layout.Text($"{text.Sensitive}: {text.SensitiveNotice}", layout.Bold, color: new SKColor(154, 61, 0), after: 24);
        layout.Space(120);
        layout.Text(briefing.Title, layout.Title, after: 16);
        if (briefing.RoundTitle is { } round) layout.Text($"{text.Round}: {round}", layout.Body);
        layout.Text($"{text.PreparedOn}: {briefing.PreparedOn:yyyy-MM-dd}", layout.Body);
        if (briefing.Redacted) layout.Text(text.RedactedNotice, layout.Body);

        layout.NewPage();
        layout.HeadingText(text.Contents, layout.Heading);
        foreach (var section in briefing.Sections)
        {
            var number = knownPages.TryGetValue(section.Id, out var page) ? page.ToString(CultureInfo.InvariantCulture) : "";
            layout.Keep(PdfLayout.LineHeight(layout.Body));
            layout.Draw(number, PdfLayout.Margin + PdfLayout.Width, layout.Y, layout.Body, SKColors.Black, SKTextAlign.Right);
            layout.Canvas?.DrawLinkDestinationAnnotation(SKRect.Create(PdfLayout.Margin, layout.Y, PdfLayout.Width, PdfLayout.LineHeight(layout.Body)), Anchor(section));
            layout.Text($"{(int)section.Id}. {section.Heading}", layout.Body, after: 6);
        }

        foreach (var section in briefing.Sections)
        {
            layout.NewPage();
            sectionPages[section.Id] = layout.PageNumber;
            layout.Canvas?.DrawNamedDestinationAnnotation(new SKPoint(PdfLayout.Margin, layout.Y), Anchor(section));
            layout.HeadingText($"{(int)section.Id}. {section.Heading}", layout.Heading);
            foreach (var block in section.Blocks) Block(layout, block);
            if (section.Id == BriefingSectionId.Sources)
                foreach (var source in briefing.Sources)
                    layout.Text($"[{source.Number}] {source.Text}{(source.Url is null ? "" : " " + source.Url)}", layout.Small, after: 3);
        }
        layout.Finish();
        return (sectionPages, layout.PageNumber);
    }

    private static string Anchor(BriefingSection section) => $"section-{(int)section.Id}";

    private static void Block(PdfLayout layout, BriefingBlock block)
    {
        switch (block)
        {
            case BriefingSubheading h:
                layout.Space(4);
                layout.HeadingText(h.Text, layout.Subheading);
                break;
            case BriefingParagraph p:
                layout.Text(p.Text + MarkdownBriefing.Notes(p.Notes), layout.Body, after: 6);
                break;
            case BriefingList l:
                foreach (var item in l.Items) layout.Text("• " + item.Text + MarkdownBriefing.Notes(item.Notes), layout.Body, indent: 10, after: 2);
                layout.Space(4);
                break;
            case BriefingTable t:
                layout.Table(t.Headers, t.Rows.Select(r => (IReadOnlyList<string>)[.. r.Cells.Select((c, i) => i == r.Cells.Count - 1 ? c + MarkdownBriefing.Notes(r.Notes) : c)]).ToList());
                break;
        }
    }

    private static void Footer(SKCanvas canvas, BriefingFonts fonts, Briefing briefing, int page, int pageCount)
    {
        using var font = new SKFont(fonts.Regular, 8);
        using var paint = new SKPaint { Color = SKColors.Gray, IsAntialias = true };
        var baseline = PdfLayout.PageHeight - PdfLayout.Margin + 16;
        var label = string.Format(CultureInfo.InvariantCulture, briefing.Text.Page, page, pageCount);
        canvas.DrawText(label, PdfLayout.PageWidth - PdfLayout.Margin, baseline, SKTextAlign.Right, font, paint);
        canvas.DrawText(briefing.Sensitive ? $"{briefing.Text.Sensitive} · {briefing.ChannelName}" : briefing.ChannelName, PdfLayout.Margin, baseline, SKTextAlign.Left, font, paint);
    }
}
