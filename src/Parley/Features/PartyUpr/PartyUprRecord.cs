namespace Parley.Features.PartyUpr;

/// <summary>A party's UPR record: the recommendations it received as the state under review, and those it made, by cycle and response.</summary>
public sealed record PartyUprRecord(string Key, string Name, IReadOnlyList<UprTally> Received, IReadOnlyList<UprTally> Made)
{
    public IReadOnlyList<int?> Cycles => Received.Concat(Made).Select(t => t.Cycle).Distinct().Order().ToList();
}
