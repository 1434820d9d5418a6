namespace Parley.Domain;

/// <summary>
/// Something Parley tells one person (a reminder of what is due, a weekly digest): shown in the app with a read/unread
/// state and, when they have an e-mail address and want it, sent by e-mail. A failed sending is kept and tried again.
/// </summary>
public class Notification
{
    public int Id { get; set; }
    /// <summary>A Parley user name, or the e-mail address of a contact who has no account.</summary>
    public string Recipient { get; set; } = "";
    public string? Email { get; set; }
    /// <summary>What the notification is about, so the same reminder is not made twice ("follow-up-x/action/1/overdue").</summary>
    public string Topic { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    public NotificationMail Mail { get; set; }
    public int MailAttempts { get; set; }
    public string? MailError { get; set; }
    public DateTimeOffset? MailSentAt { get; set; }
}
