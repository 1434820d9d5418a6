using Parley.Store;

namespace Parley.Features.FollowUp;

/// <summary>
/// The scheduled job of `parley serve`: every Parley:Reminders:Interval (default one hour) it makes the reminders and
/// digests that are due and sends the pending e-mail. Any failure is logged and the next run tries again; the web
/// application is never stopped by it.
/// </summary>
public sealed class ReminderService(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Parley:Reminders:Interval", TimeSpan.FromHours(1));
        var within = configuration.GetValue("Parley:Reminders:Within", ReminderRun.DefaultWithin);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ParleyDb>();
                (db.Actor, db.Origin) = ("reminders", "serve");
                var made = await ReminderRun.RunAsync(db, StoreClock.Today(), within, dryRun: false, stoppingToken);
                if (made.Count > 0) logger.LogInformation("{Count} follow-up notification(s) made", made.Count);
                if (SmtpSettings.Read(configuration) is { } smtp) await NotificationMailer.SendPendingAsync(db, smtp, logger, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "the follow-up reminder run failed; it runs again in {Interval}", interval);
            }
            try { await Task.Delay(interval, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
