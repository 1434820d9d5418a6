using Parley.Domain;

namespace Parley.Analyses.Cascade;

/// <summary>A commitment that lapses with a withdrawal, and the chain it lapses through (framework, then commitments).</summary>
public sealed record LapsedCommitment(string Key, string Title, string PartyKey, string Party,
    IReadOnlyList<string> IssueAreas, CommitmentStatus? StatusBefore, bool Direct, IReadOnlyList<string> Path);
