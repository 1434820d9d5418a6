using Parley.Features.Interchange;

namespace Parley.Features.PartyUpr;

/// <summary>The JSON of GET /api/v1/parties/{key}/upr: the party, then its tallies received and made.</summary>
public sealed record PartyUprView(PartyUprView.PartyName Party, IReadOnlyList<PartyUprView.Tally> Received, IReadOnlyList<PartyUprView.Tally> Made)
{
    public sealed record PartyName(string Key, string Name);

    /// <summary>How many recommendations of a cycle got a response (the response as the API spells it, e.g. "accepted").</summary>
    public sealed record Tally(int? Cycle, string Response, int Count);

    public static PartyUprView Of(PartyUprRecord record) =>
        new(new(record.Key, record.Name), [.. record.Received.Select(Of)], [.. record.Made.Select(Of)]);

    private static Tally Of(UprTally t) => new(t.Cycle, KebabEnumConverter.Word(t.Response), t.Count);
}
