namespace Parley.Domain;

/// <summary>An article or clause of a legal instrument, with the vague terms that make it hard to apply fairly.</summary>
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
    public List<Citation> Citations { get; set; } = [];
}
