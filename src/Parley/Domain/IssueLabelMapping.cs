namespace Parley.Domain;

/// <summary>
/// An issue label of UPR Info files ("Labour", "Women's rights") and the Parley issue areas its recommendations are
/// filed under; editable, seeded from the shipped default. The label is the record's key.
/// </summary>
public class IssueLabelMapping : IKeyed
{
    public int Id { get; set; }
    /// <summary>The label as the files write it; matched ignoring case.</summary>
    public string Key { get; set; } = "";
    /// <summary>Issue-area keys; empty means the label files its rows under no area.</summary>
    public List<string> Areas { get; set; } = [];
}
