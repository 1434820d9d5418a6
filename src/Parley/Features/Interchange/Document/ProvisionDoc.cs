using Parley.Domain;

namespace Parley.Features.Interchange.Document;

/// <summary>A provision in the interchange document.</summary>
public sealed record ProvisionDoc(string Key, string Instrument, string Label, string? Title = null, string? Text = null, List<string>? VagueTerms = null, List<string>? IssueAreas = null,
    PartialDate? InForceFrom = null, PartialDate? InForceUntil = null, List<string>? Successors = null, List<CitationDoc>? Citations = null);
