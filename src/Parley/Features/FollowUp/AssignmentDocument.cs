using Parley.Domain;

namespace Parley.Features.FollowUp;

/// <summary>An assignment as the API and `parley follow-up list --json` write it, with its derived state.</summary>
public sealed record AssignmentDocument(
    string Key,
    string Title,
    string? Recommendation,
    string? Commitment,
    string? IssueArea,
    string? Party,
    int? Cycle,
    string? LeadInstitution,
    IReadOnlyList<string> SupportingInstitutions,
    DateOnly AssignedOn,
    string State,
    IReadOnlyList<PersonDocument> People,
    IReadOnlyList<ActionDocument> Actions,
    IReadOnlyList<IndicatorDocument> Indicators,
    IReadOnlyList<ReportDocument> Reports)
{
    /// <summary>An example made up to show what follow-up looks like, not a recorded fact.</summary>
    public bool Illustration { get; init; }

    /// <summary>The follow-up's document; files are its reports' evidence files (<see cref="FollowUpQuery.FilesAsync"/>).</summary>
    public static AssignmentDocument Of(FollowUpAssignment a, DateOnly today, IReadOnlyDictionary<(int Assignment, int Report), EvidenceLink> files) => new(
        a.Key, a.Title, a.Recommendation?.Key, a.Commitment?.Key, a.IssueArea?.Key, a.Party?.Key, a.Cycle,
        a.LeadInstitution?.Key, [.. a.SupportingInstitutions.Select(i => i.Key)], a.AssignedOn,
        FollowUpNames.Name(ImplementationRule.Derive(a, today)),
        [.. a.People.Select(PersonDocument.Of)],
        [.. a.Actions.OrderBy(x => x.Number).Select(ActionDocument.Of)],
        [.. a.Indicators.OrderBy(x => x.Number).Select(IndicatorDocument.Of)],
        [.. a.Reports.OrderBy(x => x.Number).Select(r => ReportDocument.Of(r, files.GetValueOrDefault((a.Id, r.Number))))]) { Illustration = a.Illustration };
}
