using Parley.Domain;

namespace Parley.Analyses.Asks;

/// <summary>The records asks are computed from, loaded once (by the store or by hand in a test).</summary>
public sealed record AskInputs(
    IReadOnlyList<Party> Parties,
    IReadOnlyList<IssueArea> IssueAreas,
    IReadOnlyList<Institution> Institutions,
    IReadOnlyList<Recommendation> Recommendations,
    IReadOnlyList<Commitment> Commitments,
    IReadOnlyList<Case> Cases,
    IReadOnlyList<LegalInstrument> Instruments,
    IReadOnlyList<Provision> Provisions,
    IReadOnlyList<Programme> Programmes,
    IReadOnlyList<Framework> Frameworks,
    IReadOnlyList<LexiconEntry> Lexicon,
    IReadOnlyList<RiskAssessment> Assessments);
