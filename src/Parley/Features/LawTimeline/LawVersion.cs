using Parley.Domain;

namespace Parley.Features.LawTimeline;

/// <summary>
/// One version in a law's history as the timeline draws it: its time in force (<paramref name="From"/> null when the
/// record gives no date to start from; dates as precise as the record has them; <paramref name="Until"/> null while still in force) and how it relates to the
/// other versions, in words a reader uses ("replaced by …", "amends …").
/// </summary>
public sealed record LawVersion(string Slug, string Key, string Label, PartialDate? From, PartialDate? Until, string Relation, bool IsShown);
