using Parley.Analyses.Asks;

namespace Parley.Features.Briefings.Sections;

/// <summary>
/// Section 1, the first page: the best asks for the round (<see cref="AsksAnalysis"/>), each with the institution to
/// ask, a date, the indicator and how it is verified, the instrument, the lever, the risk and the evidence, every
/// sentence with the footnotes of its own sources. The rest are counted, with where to read them.
/// </summary>
public static class AsksSection
{
    public const int Shown = 7;

    public static IEnumerable<BriefingBlock> Build(BriefingContext context)
    {
        var vi = context.Options.Language == BriefingLanguage.Vi;
        var result = context.Input.Asks;
        if (result is null || result.Asks.Count == 0)
        {
            yield return new BriefingParagraph(context.Text.None, []);
            yield break;
        }
        var t = context.Text;
        yield return new BriefingParagraph(vi
            ? $"{result.Asks.Count} đề nghị gửi {result.AddressedTo} cho {result.Round}, xếp hạng theo điểm gồm bốn phần: sức nặng của bằng chứng, đòn bẩy, mức rủi ro thấp và tính khả thi với những người có mặt tại bàn đối thoại."
            : $"{result.Asks.Count} asks to {result.AddressedTo} for {result.Round}, ranked by a score of four parts: the weight of the evidence, the leverage, how low the risk is, and feasibility given who is at the table.",
            []);
        foreach (var a in result.Asks.Take(Shown))
        {
            yield return new BriefingSubheading($"{a.Rank}) {AskWording.Action(a, vi)}");
            var powerNotes = context.Notes.For(a.Evidence.Where(e => e.Kind == "power on record" && e.RecordKey == a.Institution.Key).SelectMany(e => e.Citations));
            var items = new List<BriefingParagraph>
            {
                new($"{t.Label("Ask")}: {a.Institution.Name} ({(a.Institution.AtTable ? t.Label("at the table") : t.Label("not at the table"))})"
                    + string.Concat(a.AlsoNeeded.Select(x => $"; {t.Label("also")} {x.Name}")) + ".", powerNotes),
                new($"{t.Label("By")}: {a.Deadline.Date:yyyy-MM-dd} ({t.Label("next round")}).", []),
                new($"{t.Label("Indicator")}: {AskWording.Indicator(a, vi)}. {t.Label("Verified by")}: {AskWording.Verification(a, vi)}.", []),
                new($"{t.Label("Instrument")}: {AskWording.Instrument(a.Instrument, vi)}.", []),
                a.Lever is { } lever
                    ? new($"{t.Label("Lever")}: {lever.Name} ({(lever.InForce ? t.Label("in force") : t.Label("pending"))}).", context.Notes.For(lever.Citations))
                    {
                        About = BriefingFact.Of("frameworks", lever.Key),
                    }
                    : new($"{t.Label("Lever")}: {t.Label("none in force or pending")}.", []),
                new($"{t.Label("Risk")} ({a.IssueArea}): {AskWording.Risk(a.Risk, vi)}.", []),
                new($"{t.Label("Score")} {a.Score.Total:0.0}: {t.Label("evidence")} {a.Score.Evidence:0.00}, {t.Label("leverage")} {a.Score.Leverage:0.00}, "
                    + $"{t.Label("low risk")} {a.Score.LowRisk:0.00}, {t.Label("feasibility")} {a.Score.Feasibility:0.00}.", []),
            };
            var people = a.Evidence.Where(e => e.NamesPerson).ToList();
            foreach (var e in a.Evidence.Where(e => !e.NamesPerson && e.Weight > 0 || e.Kind == "law in force"))
                items.Add(new BriefingParagraph(AskWording.Evidence(e, vi), context.Notes.For(e.Citations)) { About = About(e) });
            // The wider edition keeps the count of people, not who they are (the restricted edition names them).
            if (context.Options.RedactCases && people.Count > 0)
                items.Add(new BriefingParagraph(vi ? $"{people.Count} người (tên chỉ có trong bản hạn chế)." : $"{people.Count} people (named in the restricted edition only).", []));
            else
                items.AddRange(people.Select(e => new BriefingParagraph(AskWording.Evidence(e, vi), context.Notes.For(e.Citations)) { About = About(e) }));
            yield return new BriefingList(items);
        }
        if (result.Asks.Count > Shown)
            yield return new BriefingParagraph(vi
                ? $"Còn {result.Asks.Count - Shown} đề nghị khác: xem `parley asks --round {result.RoundKey}` hoặc /api/v1/asks?round={result.RoundKey}."
                : $"{result.Asks.Count - Shown} more, see `parley asks --round {result.RoundKey}` or /api/v1/asks?round={result.RoundKey}.", []);
    }

    /// <summary>The record a piece of evidence states a fact about, so its footnotes can be checked against that record's citations.</summary>
    private static BriefingFact? About(AskEvidence e) => e.Kind switch
    {
        "power on record" => BriefingFact.Of("powers", e.RecordKey),
        "law in force" or "vague term" or "over-broad term" => BriefingFact.Of("provisions", e.RecordKey),
        "case charged" or "person held" => BriefingFact.Of("cases", e.RecordKey),
        "accepted recommendation" or "advice" => BriefingFact.Of("recommendations", e.RecordKey),
        _ when e.Kind.StartsWith("commitment", StringComparison.Ordinal) => BriefingFact.Of("commitments", e.RecordKey),
        _ => null,
    };
}
