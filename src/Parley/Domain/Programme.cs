namespace Parley.Domain;

/// <summary>A technical-assistance or knowledge-sharing programme: who funds it, who runs it, with whom, on what.</summary>
public class Programme : IKeyed, ISourced
{
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public int? FunderId { get; set; }
    public Institution? Funder { get; set; }
    public int? ImplementerId { get; set; }
    public Institution? Implementer { get; set; }
    public List<Institution> Partners { get; set; } = [];
    /// <summary>Partners the source names only as a group ("law schools, lawyers' associations").</summary>
    public string? PartnerDescription { get; set; }
    public List<IssueArea> IssueAreas { get; set; } = [];
    public List<string> Topics { get; set; } = [];
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }
    public string? Description { get; set; }
    public List<Citation> Citations { get; set; } = [];
}
