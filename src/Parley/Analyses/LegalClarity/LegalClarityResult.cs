namespace Parley.Analyses.LegalClarity;

/// <summary>Provisions ranked as priorities for technical assistance and legal training, highest first.</summary>
public sealed record LegalClarityResult(IReadOnlyList<ProvisionClarity> Provisions);
