using Parley.Domain;

namespace Parley.Features.FollowUp;

/// <summary>An in-app notification as the API writes it; mail is none, pending, sent or failed.</summary>
public sealed record NotificationDocument(int Id, string Subject, string Body, DateTimeOffset CreatedAt, bool Read, string Mail)
{
    public static NotificationDocument Of(Notification n) => new(n.Id, n.Subject, n.Body, n.CreatedAt, n.ReadAt is not null, FollowUpNames.Name(n.Mail));
}
