namespace Parley.Features.Api;

/// <summary>The result of <see cref="RecordEdits"/>: what happened, the errors by field, and a sentence for the user.</summary>
public sealed record RecordOutcome(RecordOutcomeKind Kind, string? Message = null, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static readonly RecordOutcome Saved = new(RecordOutcomeKind.Saved);

    public bool Succeeded => Kind == RecordOutcomeKind.Saved;
}
