using Parley.Domain;

namespace Parley.Analyses.Asks;

/// <summary>An ask as one kind of evidence proposes it, before the analysis adds the holder, lever, risk and score.</summary>
internal sealed record AskDraft(string Key, AskKind Kind, string Action, string Subject, int AreaId, IReadOnlyList<Power> Powers,
    List<AskEvidence> Evidence, string Indicator, string Verification, BindingInstrument Instrument, string InstrumentWhy)
{
    public AskInstitution? Holder { get; init; }
    public IReadOnlyList<AskInstitution> AlsoNeeded { get; init; } = [];
    public IReadOnlyList<string> Terms { get; init; } = [];
    public int Count { get; init; }
    public IReadOnlyList<string> Mentions { get; init; } = [];
    /// <summary>The holder set by the draft decides the ask itself (the head of delegation decides who attends).</summary>
    public bool HolderDecides { get; init; }
}
