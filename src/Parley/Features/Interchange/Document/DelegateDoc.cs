using Parley.Domain;

namespace Parley.Features.Interchange.Document;

/// <summary>A delegation seat in the interchange document.</summary>
public sealed record DelegateDoc(string Institution, DelegateRole Role, string? Name = null);
