namespace Parley.Features.FollowUp;

/// <summary>A notification the reminder run would make: to whom, about what (its topic, so it is made once), and what it says.</summary>
public sealed record PlannedNotification(string Recipient, string? Email, string Topic, string Subject, string Body, bool ByEmail, bool InApp);
