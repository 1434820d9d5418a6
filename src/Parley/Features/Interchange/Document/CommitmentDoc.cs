using Parley.Domain;

namespace Parley.Features.Interchange.Document;

/// <summary>A commitment in the interchange document.</summary>
public sealed record CommitmentDoc(string Key, string Title, string Party, BindingInstrument Instrument, string? Text = null, string? Owner = null, List<string>? Steps = null, PartialDate? Deadline = null, string? Indicator = null, string? Verification = null, string? Channel = null, string? Round = null, string? Recommendation = null, List<string>? IssueAreas = null, List<string>? Frameworks = null, List<string>? DependsOn = null, List<StatusChangeDoc>? History = null, List<CitationDoc>? Citations = null);
