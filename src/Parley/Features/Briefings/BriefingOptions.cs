namespace Parley.Features.Briefings;

/// <summary>What the user chose: which round, which sections, redaction, language, and the day it is prepared.</summary>
public sealed record BriefingOptions(
    DateOnly Today,
    BriefingLanguage Language = BriefingLanguage.En,
    bool RedactCases = false,
    IReadOnlySet<BriefingSectionId>? Sections = null)
{
    public bool Includes(BriefingSectionId id) => Sections is null || Sections.Contains(id);
}
