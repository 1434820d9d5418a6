using Parley.Domain;

namespace Parley.Analyses.LegalClarity;

/// <summary>
/// Vague or over-broad wording found in a provision: where ("title", "text", or "recorded" when it is only listed
/// among the provision's vague terms), the span in that field, the words around it, and why it matters.
/// </summary>
public sealed record ClarityHit(string Term, LexiconCategory Category, string Field, int? Start, int? Length, string? Matched,
    string? Context, string? Why, string? Suggestion, string? LexiconKey);
