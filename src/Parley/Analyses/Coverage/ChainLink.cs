using Parley.Domain;

namespace Parley.Analyses.Coverage;

/// <summary>One link (propose, approve, endorse, execute) of one party's decision chain on one issue area.</summary>
public sealed record ChainLink(string PartyKey, string Party, Power Power, LinkState State,
    IReadOnlyList<InstitutionRef> Holders, IReadOnlyList<InstitutionRef> AtTable);
