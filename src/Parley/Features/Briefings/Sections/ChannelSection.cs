using Parley.Domain;

namespace Parley.Features.Briefings.Sections;

/// <summary>Section 1: the channel, its scope and history, the last round and the round being prepared.</summary>
public static class ChannelSection
{
    public static IEnumerable<BriefingBlock> Build(BriefingContext context)
    {
        var (channel, text) = (context.Input.Channel, context.Text);
        var notes = context.Notes.For(channel.Citations);
        var parties = string.Join(", ", channel.Parties.Select(p => p.Name).Order(StringComparer.Ordinal));
        yield return new BriefingParagraph(
            $"{channel.Name}. {context.Label("Scope")}: {BriefingContext.OrNone(channel.Scope?.TrimEnd('.'), text)}. {context.Label("Since")}: {channel.StartYear?.ToString() ?? text.Unknown}. {context.Label("Parties")}: {(parties.Length > 0 ? parties : text.Unknown)}.",
            notes);

        var held = context.Input.Rounds.Where(r => r.Status == RoundStatus.Held).OrderBy(r => r.Date?.ToString()).ToList();
        var planned = context.Input.Rounds.Count(r => r.Status == RoundStatus.Planned);
        yield return new BriefingParagraph($"{context.Label("Rounds so far")}: "
            + context.Say($"{held.Count} held, {planned} planned.", $"{held.Count} vòng đã họp, {planned} vòng dự kiến."), []);
        if (held.LastOrDefault() is { } last)
            yield return new BriefingParagraph(
                $"{context.Label("Last round")}: {Describe(last, text)}. {context.Label("Outcomes")}: {BriefingContext.OrNone(last.Outcomes?.TrimEnd('.'), text)}.",
                context.Notes.For(last.Citations));

        if (context.Input.Round is { } round)
        {
            yield return new BriefingSubheading($"{(round.Status == RoundStatus.Planned ? context.Label("Next round") : text.Round)}: {Describe(round, text)}");
            var delegation = round.Delegates.OrderBy(d => d.Role).ThenBy(d => d.Institution.Name, StringComparer.Ordinal)
                .Select(d => new BriefingParagraph($"{d.Institution.Name} ({BriefingWords.Of(d.Role, context.Vi)}){(d.Name is null ? "" : ": " + d.Name)}", []))
                .ToList();
            yield return new BriefingParagraph($"{context.Label("Delegation")}:", context.Notes.For(round.Citations));
            yield return delegation.Count > 0 ? new BriefingList(delegation) : new BriefingParagraph(text.None, []);
            var agenda = round.Agenda.OrderBy(a => a.IssueArea.Name, StringComparer.Ordinal)
                .Select(a => new BriefingParagraph(a.Note is null ? a.IssueArea.Name : $"{a.IssueArea.Name}: {a.Note}", []))
                .ToList();
            yield return new BriefingParagraph($"{context.Label("Agenda")}:", []);
            yield return agenda.Count > 0 ? new BriefingList(agenda) : new BriefingParagraph(text.None, []);
        }
    }

    private static string Describe(Round round, BriefingText text) =>
        $"{round.Title}{(round.Date is { } date ? $" ({date})" : "")}{(round.Place is { } place ? $", {place}" : "")}";
}
