using Parley.Domain;

namespace Parley.Features.Dashboard;

/// <summary>A commitment whose deadline has passed or falls soon, with its current status.</summary>
public sealed record DueCommitment(Commitment Commitment, DateOnly Deadline, CommitmentStatus? Status, int DaysLeft)
{
    public bool Overdue => DaysLeft < 0;
}
