using Parley.Features.Briefings;
using Parley.Features.Briefings.Rendering;

namespace Parley.Tests.Features.Briefings;

/// <summary>
/// Tables in the briefing and the drafted reports have exactly their own columns: a row's footnote marks sit at the end
/// of its last cell, not in an extra unheaded column that stayed empty in every table without notes.
/// </summary>
public class BriefingTableTests
{
    private static Briefing With(BriefingTable table) => new("Title", "Channel", null, new DateOnly(2026, 1, 1), BriefingLanguage.En,
        Sensitive: false, Redacted: false, [new BriefingSection((BriefingSectionId)1, "Section", [table])], []);

    private static readonly BriefingTable Table = new(["State", "Count"],
        [new BriefingRow(["implemented", "4"], []), new BriefingRow(["partially", "6"], [2, 5])]);

    [Fact]
    public void A_Markdown_table_has_as_many_columns_as_headings_with_notes_in_the_last_cell()
    {
        var lines = MarkdownBriefing.Render(With(Table)).Split('\n');

        Assert.Contains("| State | Count |", lines);
        Assert.Contains("|---|---|", lines);
        Assert.Contains("| implemented | 4 |", lines);
        Assert.Contains("| partially | 6 [2][5] |", lines);
        Assert.DoesNotContain(lines, l => l.EndsWith("|  |", StringComparison.Ordinal) || l.EndsWith("---|---|---|", StringComparison.Ordinal));
    }

    [Fact]
    public void An_HTML_table_has_no_empty_heading_and_notes_in_the_last_cell()
    {
        var html = HtmlBriefing.Fragment(With(Table));

        Assert.Contains("<thead><tr><th scope=\"col\">State</th><th scope=\"col\">Count</th></tr></thead>", html);
        Assert.Contains("<tr><td>implemented</td><td>4</td></tr>", html);
        Assert.Contains("<td>6<sup><a href=\"#source-2\">[2]</a></sup><sup><a href=\"#source-5\">[5]</a></sup></td></tr>", html);
        Assert.DoesNotContain("<th scope=\"col\"></th>", html);
    }
}
