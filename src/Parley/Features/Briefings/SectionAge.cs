using Parley.Analyses.Records;
using Parley.Domain;

namespace Parley.Features.Briefings;

/// <summary>
/// How old a section's facts are (<see cref="StaleFacts"/>): a first line saying the section is "as of" its newest dated
/// source, and a mark on each sentence or row whose newest source is older than the last round held before the round
/// being prepared.
/// </summary>
public static class SectionAge
{
    public static List<BriefingBlock> Apply(BriefingContext context, IReadOnlyList<BriefingBlock> blocks)
    {
        PartialDate? Newest(IReadOnlyList<int> notes) => StaleFacts.AsOf(notes.Select(n => context.Notes[n].Published));
        var last = context.LastRound;
        var stale = 0;
        string Mark(string text, IReadOnlyList<int> notes)
        {
            if (Newest(notes) is not { } asOf || !StaleFacts.IsStale(asOf, last)) return text;
            stale++;
            return text + context.Say($" (as of {asOf}, before the last round)", $" (tính đến {asOf}, trước vòng gần nhất)");
        }
        BriefingParagraph Paragraph(BriefingParagraph p) => p with { Text = Mark(p.Text, p.Notes) };
        var marked = blocks.Select(b => b switch
        {
            BriefingParagraph p => Paragraph(p),
            BriefingList l => new BriefingList(l.Items.Select(Paragraph).ToList()),
            BriefingTable t => new BriefingTable(t.Headers, t.Rows.Select(r => r with { Cells = [Mark(r.Cells[0], r.Notes), .. r.Cells.Skip(1)] }).ToList()),
            _ => b,
        }).ToList();

        var notes = blocks.SelectMany(Notes).ToList();
        if (notes.Count == 0) return marked;
        var newest = Newest(notes);
        var line = newest is { } date
            ? context.Say($"As of {date}: the newest dated source behind this section.", $"Tính đến {date}: nguồn có ghi ngày mới nhất của mục này.")
            : context.Say("As of: no source behind this section gives a date.", "Tính đến: không nguồn nào của mục này ghi ngày.");
        if (stale > 0 && last is not null)
            line += context.Say($" {stale} fact(s) rest on sources older than the last round ({last.Title}, {last.Date}) and are marked.",
                $" {stale} dữ kiện dựa trên nguồn cũ hơn vòng gần nhất ({last.Title}, {last.Date}) và được đánh dấu.");
        marked.Insert(0, new BriefingParagraph(line, []));
        return marked;
    }

    private static IEnumerable<int> Notes(BriefingBlock block) => block switch
    {
        BriefingParagraph p => p.Notes,
        BriefingList l => l.Items.SelectMany(i => i.Notes),
        BriefingTable t => t.Rows.SelectMany(r => r.Notes),
        _ => [],
    };
}
