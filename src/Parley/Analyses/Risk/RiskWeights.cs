using Parley.Domain;

namespace Parley.Analyses.Risk;

/// <summary>
/// The stated weights of dated evidence (positive: more risk, negative: less) and how fast it fades. The levels:
/// a score of <see cref="High"/> or more is high risk, <see cref="Medium"/> or more medium, anything else low.
/// </summary>
public sealed record RiskWeights
{
    public static readonly RiskWeights Default = new();

    public double Arrest { get; init; } = 3;
    public double Charge { get; init; } = 2;
    public double Trial { get; init; } = 1;
    public double Sentence { get; init; } = 3;
    public double Release { get; init; } = -2;
    /// <summary>Added to a charge or sentence that names the provision used: a restrictive law applied.</summary>
    public double ProvisionApplied { get; init; } = 1;
    /// <summary>A restrictive instrument (vague terms, used in charges, or a law, decree or directive) entering into force.</summary>
    public double RestrictiveInstrument { get; init; } = 2;
    /// <summary>A reform: a commitment fulfilled in the area.</summary>
    public double Reform { get; init; } = -2;
    /// <summary>Evidence counts half after this many years, a quarter after twice as many.</summary>
    public double HalfLifeYears { get; init; } = 3;
    /// <summary>A restrictive instrument keeps applying while in force, so it never counts for less than this share of its weight.</summary>
    public double InForceFloor { get; init; } = 0.5;
    public double High { get; init; } = 2.5;
    public double Medium { get; init; } = 1;

    public double Of(CaseEventKind kind) => kind switch
    {
        CaseEventKind.Arrest => Arrest,
        CaseEventKind.Charge => Charge,
        CaseEventKind.Trial => Trial,
        CaseEventKind.Sentence => Sentence,
        CaseEventKind.Release => Release,
        _ => 0,
    };

    public double Decay(int years) => Math.Pow(0.5, years / HalfLifeYears);

    public RiskLevel LevelOf(double score) => score >= High ? RiskLevel.High : score >= Medium ? RiskLevel.Medium : RiskLevel.Low;
}
