namespace Parley.Features.Briefings;

/// <summary>The language of a briefing's headings and fixed text (record content stays as stored).</summary>
public enum BriefingLanguage
{
    En,
    Vi,
}
