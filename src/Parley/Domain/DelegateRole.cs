namespace Parley.Domain;

/// <summary>The part a delegate plays in a delegation.</summary>
public enum DelegateRole
{
    Head,
    Member,
    Observer,
}
