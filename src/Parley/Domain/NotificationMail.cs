namespace Parley.Domain;

/// <summary>Where a notification's e-mail stands.</summary>
public enum NotificationMail
{
    /// <summary>No e-mail: the person has no address, or turned e-mail off.</summary>
    None,
    Pending,
    Sent,
    /// <summary>Every attempt failed; the notification is still shown in the app.</summary>
    Failed,
}
