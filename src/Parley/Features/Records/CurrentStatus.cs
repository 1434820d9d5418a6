using Parley.Domain;

namespace Parley.Features.Records;

/// <summary>A commitment's current state: the latest entry of its status history (undated entries count as oldest).</summary>
public static class CurrentStatus
{
    public static CommitmentStatusChange? Of(Commitment commitment) =>
        commitment.History.Select((change, i) => (change, i))
            .OrderBy(x => x.change.Date?.Earliest ?? DateOnly.MinValue).ThenBy(x => x.i)
            .Select(x => x.change).LastOrDefault();
}
