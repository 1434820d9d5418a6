using Parley.Domain;

namespace Parley.Analyses.Asks;

/// <summary>
/// The stated weights of the asks' score. Shares of the total (summing to 1): evidence, leverage, low risk,
/// feasibility. Evidence weights per kind of fact; the evidence part is min(1, sum / <see cref="EvidenceSaturation"/>).
/// </summary>
public sealed record AskWeights
{
    public double EvidenceShare { get; init; } = 0.35;
    public double LeverageShare { get; init; } = 0.25;
    public double LowRiskShare { get; init; } = 0.20;
    public double FeasibilityShare { get; init; } = 0.20;

    /// <summary>The evidence sum at which the evidence part is full.</summary>
    public double EvidenceSaturation { get; init; } = 5;

    public double OverdueCommitment { get; init; } = 2;
    public double StalledCommitment { get; init; } = 1.5;
    public double CommitmentWithoutDeadline { get; init; } = 1;
    public double AcceptedRecommendation { get; init; } = 1;
    /// <summary>A recommendation to the asking side (advice such as a policy analysis) that supports the ask.</summary>
    public double Advice { get; init; } = 0.5;
    public double PersonHeld { get; init; } = 1;
    public double VagueTerm { get; init; } = 0.5;
    public double OverBroadTerm { get; init; } = 1;
    public double CaseChargedUnderProvision { get; init; } = 1;
    /// <summary>A power on record that the delegation lacks (for an invitation).</summary>
    public double MissingPower { get; init; } = 1;

    public double LeverInForce { get; init; } = 1;
    public double LeverPending { get; init; } = 0.5;

    public double LowRiskOf(RiskLevel? level) => level switch
    {
        RiskLevel.Low => 1,
        RiskLevel.Medium => 0.5,
        RiskLevel.High => 0,
        _ => 0.5,
    };

    /// <summary>The institution that can do it is at the table.</summary>
    public double HolderAtTable { get; init; } = 1;
    /// <summary>It is not, but a delegate of its party who negotiates on the area is: the ask can be carried to it.</summary>
    public double CarriedByNegotiator { get; init; } = 0.5;
    /// <summary>Nobody at the table can do it or carry it, or no holder of the power is on record.</summary>
    public double NobodyAtTable { get; init; } = 0.25;

    public static readonly AskWeights Default = new();
}
