namespace Parley.Features.Import;

/// <summary>Removes expired previews every few minutes, so an upload never confirmed does not wait for the next upload to go.</summary>
internal sealed class UploadExpiry : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(5));
        try
        {
            do UploadStaging.RemoveExpired();
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The server is stopping (or disposed without a stop): not a failure to log.
        }
    }
}
