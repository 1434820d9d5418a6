namespace Parley.Analyses.Coverage;

/// <summary>Decision-chain coverage of a delegation for an agenda: per item and overall, with the institutions to invite.</summary>
public sealed record CoverageResult(IReadOnlyList<DelegateReach> Delegation, IReadOnlyList<AgendaCoverage> Items,
    int Covered, int Known, double? Coverage, IReadOnlyList<InstitutionToInvite> ToInvite);
