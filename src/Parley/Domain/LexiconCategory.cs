namespace Parley.Domain;

/// <summary>What a lexicon entry flags.</summary>
public enum LexiconCategory
{
    Confrontational,
    Reassurance,
    SharedGoal,
    PrivateRaising,
    Vague,
    OverBroad,
}
