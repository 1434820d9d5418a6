namespace Parley.Domain;

/// <summary>A seat in a round's delegation: the institution represented and, when known, the person.</summary>
public class DelegationMember
{
    public int InstitutionId { get; set; }
    public Institution Institution { get; set; } = null!;
    public string? Name { get; set; }
    public DelegateRole Role { get; set; }
}
