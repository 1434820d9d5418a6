namespace Parley.Features.FollowUp;

/// <summary>What is asked for when a follow-up is assigned: one subject (a recommendation, a commitment, or an issue area with a party) and who leads.</summary>
public sealed record AssignmentInput(
    string? Key, string? Title, string? Recommendation, string? Commitment, string? IssueArea, string? Party, int? Cycle,
    string? Lead, IReadOnlyList<string>? Supporting, string? AssignedOn);

/// <summary>A person who follows an assignment: a Parley user, or a contact with an e-mail address, optionally for an institution.</summary>
public sealed record PersonInput(string? Name, string? Email, string? UserName, string? Institution);

/// <summary>A planned action: what, who, by which day (YYYY-MM-DD).</summary>
public sealed record ActionInput(string? What, string? Who, string? TargetDate);

/// <summary>An indicator: what is measured, from where to where, how often (monthly, quarterly, half-yearly, yearly), verified how.</summary>
public sealed record IndicatorInput(string? Measure, string? Baseline, string? Target, string? Frequency, string? Verification);

/// <summary>A progress report: the day (YYYY-MM-DD), what happened, the state it supports, on which action or indicator, with evidence.</summary>
public sealed record ReportInput(
    string? Date, string? Text, string? State, int? Action, int? Indicator, string? Value, string? EvidenceSource, string? EvidenceLink, bool Reviewed);
