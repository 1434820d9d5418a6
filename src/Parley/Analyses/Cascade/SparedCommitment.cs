using Parley.Domain;

namespace Parley.Analyses.Cascade;

/// <summary>A commitment resting on the framework that does not lapse, and why (already fulfilled, made later).</summary>
public sealed record SparedCommitment(string Key, string Title, CommitmentStatus? Status, string Reason);
