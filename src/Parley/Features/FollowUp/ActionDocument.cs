using Parley.Domain;

namespace Parley.Features.FollowUp;

/// <summary>A planned action.</summary>
public sealed record ActionDocument(int Number, string What, string? Who, DateOnly? TargetDate)
{
    public static ActionDocument Of(PlannedAction a) => new(a.Number, a.What, a.Who, a.TargetDate);
}
