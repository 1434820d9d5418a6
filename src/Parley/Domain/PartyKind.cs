namespace Parley.Domain;

/// <summary>What sort of actor a party is.</summary>
public enum PartyKind
{
    State,
    Bloc,
    Organisation,
}
