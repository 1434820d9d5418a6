namespace Parley.Features.Interchange.Document;

/// <summary>
/// One UPR issue label the store files differently from the shipped default (edited on /import/mapping), with the
/// issue-area keys it files its recommendations under; an empty list files them under none.
/// </summary>
public sealed record IssueMappingDoc(string Label, List<string> Areas);
