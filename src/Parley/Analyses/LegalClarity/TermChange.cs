namespace Parley.Analyses.LegalClarity;

/// <summary>
/// A vague or over-broad term that a later version of a provision added or dropped, compared with the provision it
/// continues: when the version took effect and what it replaced.
/// </summary>
public sealed record TermChange(string ProvisionKey, string Provision, string Term, bool Added, DateOnly? Since, string PredecessorKey, string Predecessor);
