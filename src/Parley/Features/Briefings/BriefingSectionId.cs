namespace Parley.Features.Briefings;

/// <summary>The ten sections of a briefing, in the order they are printed: the asks first.</summary>
public enum BriefingSectionId
{
    Asks = 1,
    Channel = 2,
    Table = 3,
    Commitments = 4,
    Cases = 5,
    Provisions = 6,
    Cooperation = 7,
    Levers = 8,
    Wording = 9,
    Sources = 10,
}
