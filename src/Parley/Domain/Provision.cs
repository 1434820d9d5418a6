namespace Parley.Domain;

/// <summary>
/// An article or clause of a legal instrument, with the vague terms that make it hard to apply fairly. A provision that
/// changed is recorded as versions: one record per wording, each with its dates in force, the later one listed among
/// the earlier one's successors; the same link carries an article into the instrument that replaced its own
/// (Article 88 of the 1999 Code continues as Article 117 of the 2015 Code).
/// </summary>
public class Provision : IKeyed, ISourced
{
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public int InstrumentId { get; set; }
    public LegalInstrument Instrument { get; set; } = null!;
    /// <summary>The provision's number as the instrument gives it ("Article 117").</summary>
    public string Label { get; set; } = "";
    public string? Title { get; set; }
    /// <summary>The text, or a summary when the full text is not held.</summary>
    public string? Text { get; set; }
    public List<string> VagueTerms { get; set; } = [];
    public List<IssueArea> IssueAreas { get; set; } = [];
    /// <summary>When this wording took effect, if not with its instrument.</summary>
    public PartialDate? InForceFrom { get; set; }
    /// <summary>The last day this wording was in force, if it ended before its instrument.</summary>
    public PartialDate? InForceUntil { get; set; }
    /// <summary>The provisions that continue this one: its next version, or its counterpart in a replacing instrument.</summary>
    public List<Provision> Successors { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}
