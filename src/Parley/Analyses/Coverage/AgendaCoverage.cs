namespace Parley.Analyses.Coverage;

/// <summary>The decision chain of one agenda item, and how much of it the delegation covers.</summary>
public sealed record AgendaCoverage(string IssueAreaKey, string IssueArea, IReadOnlyList<ChainLink> Links,
    IReadOnlyList<InstitutionRef> Negotiators, int Covered, int Known, double? Coverage);
