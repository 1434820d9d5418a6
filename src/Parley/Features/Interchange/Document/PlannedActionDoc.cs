namespace Parley.Features.Interchange.Document;

/// <summary>A planned action of a follow-up, numbered within it.</summary>
public sealed record PlannedActionDoc(int Number, string What, string? Who = null, DateOnly? TargetDate = null);
