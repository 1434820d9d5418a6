namespace Parley.Domain;

/// <summary>Whether a round has taken place or is being prepared.</summary>
public enum RoundStatus
{
    Planned,
    Held,
}
