namespace Parley.Analyses.Asks;

/// <summary>The asks proposed for a round, ranked, with the weights that ranked them and the date they were computed for.</summary>
public sealed record AsksResult(string ChannelKey, string Channel, string RoundKey, string Round, DateOnly Date, string AddressedTo,
    IReadOnlyList<Ask> Asks, AskWeights Weights)
{
    /// <summary>A one-line summary ("12 asks for the Next Human Rights Dialogue round; top: …").</summary>
    public string Summary => Asks.Count == 0
        ? $"No ask for {Round}: nothing on record in its agenda's areas calls for one."
        : $"{Asks.Count} ask{(Asks.Count == 1 ? "" : "s")} for {Round} on {Date:yyyy-MM-dd}, addressed to {AddressedTo}; top: {Asks[0].Action} ({Asks[0].Institution.Name}, by {Asks[0].Deadline.Date:yyyy-MM-dd}).";
}
