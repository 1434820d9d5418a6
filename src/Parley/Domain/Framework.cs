namespace Parley.Domain;

/// <summary>A multilateral framework (trade agreement, treaty, UN body, status decision) that creates commitments or leverage.</summary>
public class Framework : IKeyed, ISourced
{
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public FrameworkKind Kind { get; set; }
    public string? Description { get; set; }
    public List<Party> Members { get; set; } = [];
    public List<FrameworkEvent> Events { get; set; } = [];
    public List<FrameworkLeverage> Leverage { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}
