namespace Parley.Analyses.Asks;

/// <summary>
/// One fact behind an ask: what it is (<see cref="AskWeights"/> gives each kind its weight), the record it comes from,
/// a sentence stating it, and the citations that support that sentence. NamesPerson marks a case (restricted).
/// </summary>
public sealed record AskEvidence(string Kind, string RecordKey, string Text, double Weight, IReadOnlyList<AskCitation> Citations)
{
    public bool NamesPerson { get; init; }
    /// <summary>The stored text the sentence is about (a name, a quoted term, a title), kept so the sentence can be said in another language.</summary>
    public string Subject { get; init; } = "";
    /// <summary>The second stored fact the sentence uses (the issue area of a power, a status), when there is one.</summary>
    public string Detail { get; init; } = "";
}
