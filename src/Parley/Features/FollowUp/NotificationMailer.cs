using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.FollowUp;

/// <summary>
/// Sends the notifications whose e-mail is pending. A failure (server down, refused, timed out) is logged and counted
/// on the notification, which stays pending and is tried again on the next run, up to <see cref="SmtpSettings.MaxAttempts"/>;
/// it never stops the app and the notification is never lost (it is still shown in the app).
/// </summary>
public static class NotificationMailer
{
    public static async Task<(int Sent, int Failed)> SendPendingAsync(ParleyDb db, SmtpSettings smtp, ILogger logger, CancellationToken ct)
    {
        var pending = await db.Notifications.Where(n => n.Mail == NotificationMail.Pending).OrderBy(n => n.Id).ToListAsync(ct);
        var (sent, failed) = (0, 0);
        foreach (var notification in pending)
        {
            try
            {
                await SendAsync(smtp, notification, ct);
                notification.Mail = NotificationMail.Sent;
                notification.MailSentAt = DateTimeOffset.UtcNow;
                notification.MailError = null;
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                notification.MailAttempts++;
                notification.MailError = e.Message.Length > 2000 ? e.Message[..2000] : e.Message;
                if (notification.MailAttempts >= SmtpSettings.MaxAttempts) notification.Mail = NotificationMail.Failed;
                failed++;
                logger.LogWarning("e-mail to {Recipient} ({Subject}) failed, attempt {Attempt} of {Max}: {Error}",
                    notification.Email, notification.Subject, notification.MailAttempts, SmtpSettings.MaxAttempts, e.Message);
            }
            await db.SaveChangesAsync(ct);
        }
        return (sent, failed);
    }

    private static async Task SendAsync(SmtpSettings smtp, Notification notification, CancellationToken ct)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(MailboxAddress.Parse(notification.Email!));
        message.Subject = notification.Subject;
        message.Body = new TextPart("plain") { Text = notification.Body };
        using var client = new SmtpClient { Timeout = 15_000 };
        await client.ConnectAsync(smtp.Host, smtp.Port, smtp.StartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
        if (smtp.User is { Length: > 0 } user) await client.AuthenticateAsync(user, smtp.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
