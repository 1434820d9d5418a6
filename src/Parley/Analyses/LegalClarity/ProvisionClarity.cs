namespace Parley.Analyses.LegalClarity;

/// <summary>One provision's vague and over-broad wording, the cases charged under it, and its priority score and rank.</summary>
public sealed record ProvisionClarity(string Key, string Label, string? Title, string InstrumentKey, string Instrument, bool HasText,
    IReadOnlyList<ClarityHit> Hits, IReadOnlyList<string> Terms, int CasesCharged, IReadOnlyList<string> Cases, int Score, int Rank)
{
    /// <summary>Who could clarify the provision and who could help (<see cref="ClarityRemedies"/>); null when not linked.</summary>
    public ClarityRemedy? Remedy { get; init; }
}
