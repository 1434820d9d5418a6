namespace Parley.Domain;

/// <summary>Which check a lexicon entry belongs to.</summary>
public enum LexiconKind
{
    Framing,
    LegalClarity,
}
