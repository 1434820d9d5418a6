namespace Parley.Features.Interchange.Document;

/// <summary>
/// A follow-up in the interchange document: what it follows (one accepted recommendation, one commitment, or a party's
/// accepted recommendations in an issue area, optionally of one UN review cycle), who leads and supports it, the people
/// who follow it, and its planned actions, indicators and progress reports. Its implementation state is not written: it
/// is derived from the reports. <see cref="Illustration"/> marks an example that is not a recorded fact.
/// </summary>
public sealed record FollowUpDoc(string Key, string Title, DateOnly AssignedOn, string? Recommendation = null, string? Commitment = null,
    string? IssueArea = null, string? Party = null, int? Cycle = null, string? LeadInstitution = null, List<string>? SupportingInstitutions = null,
    bool? Illustration = null, List<FollowUpPersonDoc>? People = null, List<PlannedActionDoc>? Actions = null,
    List<FollowUpIndicatorDoc>? Indicators = null, List<ProgressReportDoc>? Reports = null);
