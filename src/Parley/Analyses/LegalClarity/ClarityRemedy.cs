namespace Parley.Analyses.LegalClarity;

/// <summary>
/// Who could act on a vague provision: the institutions that could clarify it (by an authoritative interpretation or an
/// amendment: those that approve law on its areas, and its issuer), those that could draft the change (the power to
/// propose on its areas), and the programmes, with their partners, that could help (legal training, drafting assistance).
/// </summary>
public sealed record ClarityRemedy(IReadOnlyList<ClarityActor> Clarify, IReadOnlyList<ClarityActor> Draft, IReadOnlyList<ClarityProgramme> Programmes);

/// <summary>An institution named by a remedy, with why it is named.</summary>
public sealed record ClarityActor(int Id, string Key, string Name, string Why);

/// <summary>A programme that could help, who runs it and with whom, and why it is named.</summary>
public sealed record ClarityProgramme(string Key, string Name, IReadOnlyList<string> Partners, string Why);
