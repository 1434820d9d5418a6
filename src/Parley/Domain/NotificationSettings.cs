namespace Parley.Domain;

/// <summary>
/// What one person wants to be told (reminders, the weekly digest, by e-mail and in the app), and the secret of their
/// calendar feed (only its hash is kept; a new secret revokes the old address).
/// </summary>
public class NotificationSettings
{
    public int Id { get; set; }
    /// <summary>A Parley user name, or the e-mail address of a contact who has no account.</summary>
    public string Recipient { get; set; } = "";
    public bool Reminders { get; set; } = true;
    public bool WeeklyDigest { get; set; } = true;
    public bool ByEmail { get; set; } = true;
    public bool InApp { get; set; } = true;
    public string? CalendarSecretHash { get; set; }
    /// <summary>The last day a weekly digest was made for this person.</summary>
    public DateOnly? LastDigestOn { get; set; }
}
