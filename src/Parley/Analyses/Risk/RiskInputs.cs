using Parley.Domain;

namespace Parley.Analyses.Risk;

/// <summary>Evidence besides cases: legal instruments with their provisions, commitments with their history, and programmes.</summary>
public sealed record RiskInputs(IReadOnlyList<LegalInstrument> Instruments, IReadOnlyList<Commitment> Commitments,
    IReadOnlyList<Programme> Programmes)
{
    public static readonly RiskInputs None = new([], [], []);
}
