namespace Parley.Features.FollowUp;

/// <summary>What the caller wants to be told; a value left out stays as it is.</summary>
public sealed record NotificationChoices(bool? Reminders, bool? WeeklyDigest, bool? ByEmail, bool? InApp);
