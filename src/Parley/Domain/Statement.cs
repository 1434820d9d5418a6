namespace Parley.Domain;

/// <summary>Words a party said or plans to say: a joint statement, a speech, a draft for the next round.</summary>
public class Statement : IKeyed, ISourced
{
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";
    public StatementKind Kind { get; set; }
    public int? PartyId { get; set; }
    public Party? Party { get; set; }
    public string? Speaker { get; set; }
    public PartialDate? Date { get; set; }
    public int? RoundId { get; set; }
    public Round? Round { get; set; }
    public string Text { get; set; } = "";
    public List<Citation> Citations { get; set; } = [];
}
