namespace Parley.Features.Briefings;

/// <summary>The nine sections of a briefing, in the order they are printed.</summary>
public enum BriefingSectionId
{
    Channel = 1,
    Table = 2,
    Commitments = 3,
    Cases = 4,
    Provisions = 5,
    Cooperation = 6,
    Levers = 7,
    Wording = 8,
    Sources = 9,
}
