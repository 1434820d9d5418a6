using Parley.Domain;

namespace Parley.Analyses.Enforceability;

/// <summary>One commitment judged: which criteria it meets and lacks, its score (met / 6) and its warnings.</summary>
public sealed record CommitmentScore(string Key, string Title, string PartyKey, string Party, string? ChannelKey, string? Channel,
    IReadOnlyList<string> IssueAreas, int? Year, CommitmentStatus? Status, BindingInstrument Instrument,
    IReadOnlyList<Criterion> Has, IReadOnlyList<Criterion> Lacks, int Concreteness, int Enforceability, double Score,
    IReadOnlyList<CommitmentFlag> Flags);
