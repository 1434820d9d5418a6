namespace Parley.Analyses.Framing;

/// <summary>Why a span of a statement was flagged.</summary>
public enum FindingKind
{
    /// <summary>A lexicon term, as written or inflected.</summary>
    Term,
    /// <summary>A confrontational term under a negation ("we do not seek regime change"): a disavowal, so reassurance.</summary>
    Disavowal,
    /// <summary>A reassurance under a negation ("we do not respect …"): it reassures no one.</summary>
    NegatedReassurance,
    /// <summary>A public statement names a person whose case is recorded.</summary>
    PublicCase,
    /// <summary>A statement of unknown or private kind names a person whose case is recorded.</summary>
    NamedCase,
}
