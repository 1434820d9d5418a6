namespace Parley.Features.Briefings;

/// <summary>The formats a briefing is drawn in, all from the same model.</summary>
public enum BriefingFormat
{
    Md,
    Html,
    Pdf,
}
