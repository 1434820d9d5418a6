namespace Parley.Domain;

/// <summary>One meeting of a channel: its delegation, agenda and outcomes.</summary>
public class Round : IKeyed, ISourced
{
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public int ChannelId { get; set; }
    public Channel Channel { get; set; } = null!;
    public string Title { get; set; } = "";
    public RoundStatus Status { get; set; }
    public int? Number { get; set; }
    public PartialDate? Date { get; set; }
    public string? Place { get; set; }
    public string? Outcomes { get; set; }
    public List<DelegationMember> Delegates { get; set; } = [];
    public List<AgendaItem> Agenda { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}
