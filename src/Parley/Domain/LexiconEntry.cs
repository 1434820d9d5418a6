namespace Parley.Domain;

/// <summary>A term the framing or legal-clarity check looks for, with why it matters and what to say instead.</summary>
public class LexiconEntry : IKeyed, ISourced
{
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public LexiconKind Lexicon { get; set; }
    public LexiconCategory Category { get; set; }
    public string Term { get; set; } = "";
    /// <summary>ISO 639-1 code of the term's language ("en", "vi").</summary>
    public string Language { get; set; } = "en";
    public string? Why { get; set; }
    public string? Suggestion { get; set; }
    public List<Citation> Citations { get; set; } = [];
}
