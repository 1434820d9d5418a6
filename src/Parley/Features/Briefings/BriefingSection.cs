namespace Parley.Features.Briefings;

/// <summary>One numbered section of a briefing.</summary>
public sealed record BriefingSection(BriefingSectionId Id, string Heading, IReadOnlyList<BriefingBlock> Blocks);
