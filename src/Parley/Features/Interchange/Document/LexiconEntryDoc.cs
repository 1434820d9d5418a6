using Parley.Domain;

namespace Parley.Features.Interchange.Document;

/// <summary>A lexicon entry in the interchange document.</summary>
public sealed record LexiconEntryDoc(string Key, LexiconKind Lexicon, LexiconCategory Category, string Term, string Language, string? Why = null, string? Suggestion = null, List<CitationDoc>? Citations = null);
