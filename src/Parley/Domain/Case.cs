namespace Parley.Domain;

/// <summary>A person detained, charged or tried, the provisions used against them and the rounds in which the case was raised.</summary>
public class Case : IKeyed, ISourced
{
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public string PersonName { get; set; } = "";
    /// <summary>Who the person is, in the words of the source ("environmental activist").</summary>
    public string? PersonRole { get; set; }
    public int? PartyId { get; set; }
    public Party? Party { get; set; }
    public CaseStatus Status { get; set; }
    public string? Sentence { get; set; }
    public string? Summary { get; set; }
    public List<IssueArea> IssueAreas { get; set; } = [];
    public List<Provision> Charges { get; set; } = [];
    public List<CaseEvent> Events { get; set; } = [];
    public List<Round> RaisedIn { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}
