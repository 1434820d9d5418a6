namespace Parley.Features.Briefings;

/// <summary>The one model of a briefing that the Markdown, HTML and PDF renderers all draw.</summary>
public sealed record Briefing(
    string Title,
    string ChannelName,
    string? RoundTitle,
    DateOnly PreparedOn,
    BriefingLanguage Language,
    bool Sensitive,
    bool Redacted,
    IReadOnlyList<BriefingSection> Sections,
    IReadOnlyList<BriefingSource> Sources)
{
    public BriefingText Text => BriefingText.For(Language);
}
