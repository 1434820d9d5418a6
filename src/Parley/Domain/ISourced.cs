namespace Parley.Domain;

/// <summary>A record that carries provenance; one with no citation is shown as unsourced.</summary>
public interface ISourced
{
    List<Citation> Citations { get; }
}
