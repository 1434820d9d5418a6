namespace Parley.Features.FollowUp;

/// <summary>
/// The SMTP server reminders are sent through: configuration Parley:Smtp:Host, Port, From, User, Password (or the
/// environment variables Parley__Smtp__Host and so on). Without a host, notifications are only shown in the app.
/// </summary>
public sealed record SmtpSettings(string Host, int Port, string From, string? User, string? Password, bool StartTls)
{
    public const int MaxAttempts = 10;

    public static SmtpSettings? Read(IConfiguration configuration)
    {
        var section = configuration.GetSection("Parley:Smtp");
        if (string.IsNullOrWhiteSpace(section["Host"])) return null;
        return new SmtpSettings(section["Host"]!, section.GetValue("Port", 25), section["From"] ?? "parley@localhost",
            section["User"], section["Password"], section.GetValue("StartTls", false));
    }
}
