using Parley.Domain;

namespace Parley.Features.Timeline;

/// <summary>One dated thing on the timeline: what it is, when, which lane it sits in, and the record it links to.</summary>
public sealed record TimelineItem(string Lane, PartialDate Date, string Text, string Href)
{
    /// <summary>A partial date is placed at its earliest day.</summary>
    public DateOnly Day => Date.Earliest;
}
