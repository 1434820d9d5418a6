namespace Parley.Domain;

/// <summary>The form of a multilateral framework that creates commitments or leverage.</summary>
public enum FrameworkKind
{
    TradeAgreement,
    Treaty,
    UnBody,
    StatusDecision,
    Partnership,
    Coordination,
    Other,
}
