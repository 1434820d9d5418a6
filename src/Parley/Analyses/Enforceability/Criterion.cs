namespace Parley.Analyses.Enforceability;

/// <summary>What makes a commitment concrete (the first four) and enforceable (the last two).</summary>
public enum Criterion
{
    Owner,
    Steps,
    Deadline,
    Indicator,
    Verification,
    BindingInstrument,
}
