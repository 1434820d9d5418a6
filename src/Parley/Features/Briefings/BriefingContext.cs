using Parley.Analyses.IssueAreas;
using Parley.Analyses.Records;
using Parley.Domain;

namespace Parley.Features.Briefings;

/// <summary>What every section builder shares: the input, the options, the footnotes and the agenda's issue areas.</summary>
public sealed class BriefingContext
{
    public BriefingContext(BriefingInput input, BriefingOptions options)
    {
        Input = input;
        Options = options;
        Text = BriefingText.For(options.Language);
        Tree = new IssueAreaTree(input.Records.IssueAreas);
        Notes = new SourceNotes(input.Records.Sources);
        LastRound = StaleFacts.LastRoundBefore(input.Rounds, input.Round, options.Today);
        var agenda = input.Round?.Agenda.Select(a => a.IssueAreaId).ToList() ?? [];
        AgendaAreas = (agenda.Count > 0 ? agenda : input.Channel.IssueAreas.Select(a => a.Id)).ToHashSet();
    }

    public BriefingInput Input { get; }
    public BriefingOptions Options { get; }
    public BriefingText Text { get; }
    public IssueAreaTree Tree { get; }
    public SourceNotes Notes { get; }

    /// <summary>The issue areas on the round's agenda, or the channel's scope when the round has no agenda.</summary>
    public IReadOnlySet<int> AgendaAreas { get; }

    /// <summary>True when one of <paramref name="areas"/> is an agenda area, below one, or above one.</summary>
    public bool OnAgenda(IEnumerable<IssueArea> areas) => areas.Any(a =>
        Tree.SelfAndAncestors(a.Id).Any(AgendaAreas.Contains) || AgendaAreas.Any(agenda => Tree.SelfAndAncestors(agenda).Contains(a.Id)));

    public string Label(string english) => Text.Label(english);

    /// <summary>The last round held on the channel before the round being prepared: facts whose newest source is older are stale.</summary>
    public Round? LastRound { get; }

    /// <summary>The newest publication date among <paramref name="citations"/>' sources, and whether that is older than <see cref="LastRound"/>.</summary>
    public string AsOf(IEnumerable<Citation> citations)
    {
        var asOf = StaleFacts.AsOf(citations.Select(c => c.Source?.Published ?? Input.Records.Sources.FirstOrDefault(s => s.Id == c.SourceId)?.Published));
        if (asOf is not { } date) return Say("no dated source", "không có nguồn ghi ngày");
        return StaleFacts.IsStale(date, LastRound)
            ? Say($"{date} (older than the last round)", $"{date} (cũ hơn vòng gần nhất)")
            : date.ToString();
    }

    /// <summary>True for the Vietnamese edition: every sentence Parley writes is given in Vietnamese.</summary>
    public bool Vi => Options.Language == BriefingLanguage.Vi;

    /// <summary>A sentence Parley writes, in the briefing's language (stored text inside it stays in its own).</summary>
    public string Say(string english, string vietnamese) => Vi ? vietnamese : english;

    public static string OrNone(string? text, BriefingText words) => string.IsNullOrWhiteSpace(text) ? words.Unknown : text;
}
