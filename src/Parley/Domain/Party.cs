namespace Parley.Domain;

/// <summary>A state, bloc or organisation that takes part in dialogues, makes recommendations or joins frameworks.</summary>
public class Party : IKeyed, ISourced
{
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public PartyKind Kind { get; set; }
    /// <summary>Other spellings the party is known by ("Viet Nam" for "Vietnam").</summary>
    public List<string> Aliases { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}
