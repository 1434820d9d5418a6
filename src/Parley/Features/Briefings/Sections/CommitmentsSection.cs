using Parley.Analyses.Enforceability;
using Parley.Domain;

namespace Parley.Features.Briefings.Sections;

/// <summary>Section 3: commitments not yet fulfilled, with their state, owner, deadline and what each lacks; overdue and stalled first.</summary>
public static class CommitmentsSection
{
    public static IEnumerable<BriefingBlock> Build(BriefingContext context)
    {
        var input = context.Input;
        var partyIds = input.Channel.Parties.Select(p => p.Id).ToHashSet();
        bool Belongs(Commitment c) => c.ChannelId == input.Channel.Id
            || (c.ChannelId is null && partyIds.Contains(c.PartyId) && context.OnAgenda(c.IssueAreas));
        var result = EnforceabilityAnalysis.Analyze(input.Records.Commitments, input.Records.Frameworks, input.Records.IssueAreas, context.Options.Today, Belongs);
        var byKey = input.Records.Commitments.ToDictionary(c => c.Key);
        var open = result.Commitments
            .Where(s => s.Status is not (CommitmentStatus.Fulfilled or CommitmentStatus.Withdrawn))
            .OrderBy(s => s.Flags.Any(f => f.Kind == FlagKind.Overdue) ? 0 : s.Flags.Any(f => f.Kind == FlagKind.Stalled) ? 1 : 2)
            .ThenBy(s => s.Score).ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
        foreach (var block in AcceptedRecommendations(context)) yield return block;
        if (open.Count == 0)
        {
            yield return new BriefingParagraph(context.Text.None, []);
            yield break;
        }
        yield return new BriefingTable(
            [context.Label("Commitment"), context.Label("Status"), context.Label("Owner"), context.Label("Deadline"), context.Label("Lacks"), "Warnings"],
            open.Select(s =>
            {
                var c = byKey[s.Key];
                return new BriefingRow(
                    [
                        $"{s.Title} ({s.Party}; {Word(s.Instrument)})",
                        s.Status is { } status ? Word(status) : context.Text.Unknown,
                        c.OwnerInstitution?.Name ?? context.Text.Unknown,
                        c.Deadline?.ToString() ?? context.Text.Unknown,
                        s.Lacks.Count == 0 ? "nothing" : string.Join(", ", s.Lacks.Select(Word)),
                        s.Flags.Count == 0 ? "" : string.Join("; ", s.Flags.Select(f => f.Reason)),
                    ],
                    context.Notes.For(c.Citations));
            }).ToList());
    }

    /// <summary>
    /// What the counterpart already accepted elsewhere (the UPR above all) on the agenda's areas: promises to hold it to,
    /// set beside the commitments of the channel. Counted per party and mechanism, with a few examples.
    /// </summary>
    private static IEnumerable<BriefingBlock> AcceptedRecommendations(BriefingContext context)
    {
        const int Examples = 5;
        var accepted = context.Input.AcceptedRecommendations.Where(r => context.OnAgenda(r.IssueAreas))
            .OrderByDescending(r => r.Session ?? 0).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        if (accepted.Count == 0) yield break;
        yield return new BriefingSubheading("Recommendations already accepted on these issue areas");
        yield return new BriefingList(accepted
            .GroupBy(r => (Party: r.ToParty!.Name, Mechanism: r.Mechanism ?? "other"))
            .OrderBy(g => g.Key.Party, StringComparer.Ordinal).ThenBy(g => g.Key.Mechanism, StringComparer.Ordinal)
            .Select(g => new BriefingParagraph($"{g.Key.Party} accepted {g.Count()} recommendation(s) through {g.Key.Mechanism}.", []))
            .ToList());
        yield return new BriefingList(accepted.Take(Examples).Select(r => new BriefingParagraph(
            $"“{r.Text}” ({(r.FromParty is null ? "" : r.FromParty.Name + ", ")}{r.Mechanism}{(r.Session is { } s ? $" session {s}" : "")})",
            context.Notes.For(r.Citations))).ToList());
    }

    private static string Word<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()).Replace('-', ' ');
}
