using Parley.Domain;

namespace Parley.Features.Briefings.Sections;

/// <summary>Section 4: open cases in the agenda's issue areas, their charges, and the rounds where they were already raised.</summary>
public static class CasesSection
{
    public static IReadOnlyList<Case> OpenCasesOnAgenda(BriefingContext context) =>
        context.Input.Records.Cases
            .Where(c => c.Status is not (CaseStatus.Released or CaseStatus.Acquitted) && context.OnAgenda(c.IssueAreas))
            .OrderBy(c => c.Events.Select(e => e.Date?.ToString()).Max() ?? "", StringComparer.Ordinal)
            .ThenBy(c => c.PersonName, StringComparer.Ordinal)
            .ToList();

    public static IEnumerable<BriefingBlock> Build(BriefingContext context)
    {
        var cases = OpenCasesOnAgenda(context);
        var text = context.Text;
        if (cases.Count == 0)
        {
            yield return new BriefingParagraph(text.None, []);
            yield break;
        }
        if (context.Options.RedactCases)
        {
            yield return new BriefingParagraph(context.Say($"{cases.Count} open case(s) in the agenda's issue areas.", $"{cases.Count} trường hợp chưa giải quyết trong các lĩnh vực của chương trình nghị sự.")
                + $" {text.RedactedNotice}", []);
            yield break;
        }
        yield return new BriefingTable(
            [context.Label("Person"), context.Label("Role"), context.Label("Status"), context.Label("Charges"), context.Label("Events"), context.Label("Raised in")],
            cases.Select(c => new BriefingRow(
                [
                    c.PersonName,
                    BriefingContext.OrNone(c.PersonRole, text),
                    BriefingWords.Of(c.Status, context.Vi),
                    c.Charges.Count == 0 ? text.Unknown : string.Join("; ", c.Charges.Select(p => $"{p.Instrument.Title}, {p.Label}")),
                    string.Join("; ", c.Events.OrderBy(e => e.Date?.ToString()).Select(e => $"{BriefingWords.Of(e.Kind, context.Vi)} {e.Date?.ToString() ?? ""}".Trim())),
                    c.RaisedIn.Count == 0 ? context.Say("never", "chưa từng") : string.Join("; ", c.RaisedIn.Select(r => r.Title)),
                ],
                context.Notes.For(c.Citations)) { About = BriefingFact.Of("cases", c.Key) }).ToList());
    }
}
