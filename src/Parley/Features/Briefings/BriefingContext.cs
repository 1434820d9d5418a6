using Parley.Analyses.IssueAreas;
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
        var agenda = input.Round?.Agenda.Select(a => a.IssueAreaId).ToList() ?? [];
        AgendaAreas = (agenda.Count > 0 ? agenda : input.Channel.IssueAreas.Select(a => a.Id)).ToHashSet();
    }

    public BriefingInput Input { get; }
    public BriefingOptions Options { get; }
    public BriefingText Text { get; }
    public IssueAreaTree Tree { get; }
    public SourceNotes Notes { get; } = new();

    /// <summary>The issue areas on the round's agenda, or the channel's scope when the round has no agenda.</summary>
    public IReadOnlySet<int> AgendaAreas { get; }

    /// <summary>True when one of <paramref name="areas"/> is an agenda area, below one, or above one.</summary>
    public bool OnAgenda(IEnumerable<IssueArea> areas) => areas.Any(a =>
        Tree.SelfAndAncestors(a.Id).Any(AgendaAreas.Contains) || AgendaAreas.Any(agenda => Tree.SelfAndAncestors(agenda).Contains(a.Id)));

    public string Label(string english) => Text.Label(english);

    public static string OrNone(string? text, BriefingText words) => string.IsNullOrWhiteSpace(text) ? words.Unknown : text;
}
