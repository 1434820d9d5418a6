using System.Globalization;
using Parley.Analyses.Enforceability;
using Parley.Domain;

namespace Parley.Features.Briefings.Sections;

/// <summary>
/// Section 4: what was promised and where it stands. The channel's open commitments (overdue and stalled first), then
/// those that lapsed or were annulled (never among the open ones), the recommendations the counterpart accepted on the
/// agenda's areas, and what the source papers recommend with its implementation status.
/// </summary>
public static class CommitmentsSection
{
    /// <summary>How many accepted recommendations are quoted before the rest are counted, with where to read them.</summary>
    public const int Quoted = 10;

    public static IEnumerable<BriefingBlock> Build(BriefingContext context)
    {
        var (input, vi) = (context.Input, context.Vi);
        var partyIds = input.Channel.Parties.Select(p => p.Id).ToHashSet();
        bool Belongs(Commitment c) => c.ChannelId == input.Channel.Id
            || (c.ChannelId is null && partyIds.Contains(c.PartyId) && context.OnAgenda(c.IssueAreas));
        var result = EnforceabilityAnalysis.Analyze(input.Records.Commitments, input.Records.Frameworks, input.Records.IssueAreas, context.Options.Today, Belongs);
        var byKey = input.Records.Commitments.ToDictionary(c => c.Key);
        static bool Lapsed(CommitmentScore s) => s.Status == CommitmentStatus.Lapsed || s.Flags.Any(f => f.Kind == FlagKind.Lapsed);
        var open = result.Commitments
            .Where(s => s.Status is not (CommitmentStatus.Fulfilled or CommitmentStatus.Withdrawn) && !Lapsed(s))
            .OrderBy(s => s.Flags.Any(f => f.Kind == FlagKind.Overdue) ? 0 : s.Flags.Any(f => f.Kind == FlagKind.Stalled) ? 1 : 2)
            .ThenBy(s => s.Score).ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();

        yield return new BriefingSubheading(context.Say("Open commitments", "Các cam kết chưa thực hiện xong"));
        if (open.Count == 0) yield return new BriefingParagraph(context.Text.None, []);
        else
            yield return new BriefingTable(
                [context.Label("Commitment"), context.Label("Status"), context.Label("Owner"), context.Label("Deadline"), context.Label("Lacks"),
                    context.Say("Warnings", "Cảnh báo"), context.Say("As of", "Tính đến")],
                open.Select(s =>
                {
                    var c = byKey[s.Key];
                    return new BriefingRow(
                        [
                            $"{s.Title} ({s.Party}; {BriefingWords.Of(s.Instrument, vi)})",
                            s.Status is { } status ? BriefingWords.Of(status, vi) : context.Text.Unknown,
                            c.OwnerInstitution?.Name ?? context.Text.Unknown,
                            c.Deadline?.ToString() ?? context.Text.Unknown,
                            s.Lacks.Count == 0 ? context.Say("nothing", "không thiếu gì") : string.Join(", ", s.Lacks.Select(l => BriefingWords.Of(l, vi))),
                            string.Join("; ", s.Flags.Select(f => Flag(context, f, c))),
                            context.AsOf(c.Citations),
                        ],
                        context.Notes.For(c.Citations)) { About = BriefingFact.Of("commitments", c.Key) };
                }).ToList());

        var lapsed = result.Commitments.Where(Lapsed).OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
        if (lapsed.Count > 0)
        {
            yield return new BriefingSubheading(context.Say("Lapsed or annulled (no longer open)", "Đã mất hiệu lực hoặc bị hủy bỏ (không còn hiệu lực)"));
            yield return new BriefingList(lapsed.Select(s =>
            {
                var c = byKey[s.Key];
                var when = CommitmentCurrentStatus.Latest(c)?.Date is { } d ? d.ToString() : null;
                return new BriefingParagraph(context.Say(
                        $"“{s.Title}” ({s.Party}) lapsed{(when is null ? "" : $" ({when})")}.",
                        $"“{s.Title}” ({s.Party}) đã mất hiệu lực{(when is null ? "" : $" ({when})")}."),
                    context.Notes.For(c.Citations)) { About = BriefingFact.Of("commitments", c.Key) };
            }).ToList());
        }

        foreach (var block in AcceptedRecommendations(context)) yield return block;
        foreach (var block in SourcePapersSection.Build(context)) yield return block;
    }

    private static string Flag(BriefingContext context, CommitmentFlag flag, Commitment c) => flag.Kind switch
    {
        FlagKind.Overdue => context.Say($"overdue: deadline {c.Deadline} passed", $"quá hạn: thời hạn {c.Deadline} đã qua"),
        FlagKind.Stalled => context.Say("stalled", "đình trệ"),
        _ => context.Say("lapsed", "mất hiệu lực"),
    };

    /// <summary>
    /// What the counterpart already accepted elsewhere (the UPR above all) on the agenda's areas: promises to hold it to,
    /// counted per party and mechanism, then quoted newest first up to <see cref="Quoted"/>, the rest counted with where to read them.
    /// </summary>
    private static IEnumerable<BriefingBlock> AcceptedRecommendations(BriefingContext context)
    {
        var accepted = context.Input.AcceptedRecommendations.Where(r => context.OnAgenda(r.IssueAreas))
            .OrderByDescending(r => r.Date?.ToString() ?? "").ThenByDescending(r => r.Session ?? 0).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        if (accepted.Count == 0) yield break;
        yield return new BriefingSubheading(context.Say("Recommendations already accepted on these issue areas", "Các khuyến nghị đã được chấp nhận trong các lĩnh vực này"));
        yield return new BriefingList(accepted
            .GroupBy(r => (Party: r.ToParty!.Name, Mechanism: r.Mechanism ?? "other"))
            .OrderBy(g => g.Key.Party, StringComparer.Ordinal).ThenBy(g => g.Key.Mechanism, StringComparer.Ordinal)
            .Select(g => new BriefingParagraph(context.Say(
                $"{g.Key.Party} accepted {g.Count()} recommendation(s) through {g.Key.Mechanism}.",
                $"{g.Key.Party} đã chấp nhận {g.Count()} khuyến nghị qua {g.Key.Mechanism}."), []))
            .ToList());
        var items = accepted.Take(Quoted).Select(r => new BriefingParagraph(
            $"“{r.Text}” ({(r.FromParty is null ? "" : r.FromParty.Name + ", ")}{r.Mechanism}{(r.Session is { } s ? context.Say($" session {s}", $" phiên {s}") : "")})",
            context.Notes.For(r.Citations)) { About = BriefingFact.Of("recommendations", r.Key) }).ToList();
        if (accepted.Count > Quoted)
        {
            var party = accepted[0].ToParty!.Key;
            items.Add(new BriefingParagraph(context.Say(
                $"{(accepted.Count - Quoted).ToString(CultureInfo.InvariantCulture)} more, see /records/recommendations?party={party}&response=accepted.",
                $"Còn {(accepted.Count - Quoted).ToString(CultureInfo.InvariantCulture)} khuyến nghị khác, xem /records/recommendations?party={party}&response=accepted."), []));
        }
        yield return new BriefingList(items);
    }
}
