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
    public static AssignmentDocument Of(FollowUpAssignment a, DateOnly today) => new(
        a.Key, a.Title, a.Recommendation?.Key, a.Commitment?.Key, a.IssueArea?.Key, a.Party?.Key, a.Cycle,
        a.LeadInstitution?.Key, [.. a.SupportingInstitutions.Select(i => i.Key)], a.AssignedOn,
        FollowUpNames.Name(ImplementationRule.Derive(a, today)),
        [.. a.People.Select(PersonDocument.Of)],
        [.. a.Actions.OrderBy(x => x.Number).Select(ActionDocument.Of)],
        [.. a.Indicators.OrderBy(x => x.Number).Select(IndicatorDocument.Of)],
        [.. a.Reports.OrderBy(x => x.Number).Select(ReportDocument.Of)]);
}

/// <summary>A person who follows an assignment.</summary>
public sealed record PersonDocument(string Name, string? UserName, string? Email, string? Institution)
{
    public static PersonDocument Of(FollowUpPerson p) => new(p.Name, p.UserName, p.Email, p.Institution?.Key);
}

/// <summary>A planned action.</summary>
public sealed record ActionDocument(int Number, string What, string? Who, DateOnly? TargetDate)
{
    public static ActionDocument Of(PlannedAction a) => new(a.Number, a.What, a.Who, a.TargetDate);
}

/// <summary>An indicator; frequency is monthly, quarterly, half-yearly or yearly.</summary>
public sealed record IndicatorDocument(int Number, string Measure, string? Baseline, string? Target, string Frequency, string? Verification)
{
    public static IndicatorDocument Of(FollowUpIndicator i) => new(i.Number, i.Measure, i.Baseline, i.Target, FollowUpNames.Name(i.Frequency), i.Verification);
}

/// <summary>A progress report; state is the implementation state it supports.</summary>
public sealed record ReportDocument(int Number, DateOnly Date, string Text, string State, bool Reviewed, int? Action, int? Indicator,
    string? Value, string? EvidenceSource, string? EvidenceLink, string? ReportedBy)
{
    public static ReportDocument Of(ProgressReport r) => new(r.Number, r.Date, r.Text, FollowUpNames.Name(r.State), r.Reviewed, r.ActionNumber,
        r.IndicatorNumber, r.Value, r.EvidenceSource, r.EvidenceLink, r.ReportedBy);
}
