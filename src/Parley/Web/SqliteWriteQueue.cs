using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;

namespace Parley.Web;

/// <summary>
/// On a SQLite store, requests that may write take turns, first come first served. SQLite has one writer at a time and
/// lets the others retry on a timer, which is not fair: in the soak run (64 clients, 1 in 4 requests a write, a loaded
/// 2-core machine) some writers lost every retry for 30 s and failed with "database is locked" while later ones got
/// through. Queued here, each waits its turn instead. Reads are never queued; PostgreSQL needs none of this.
/// <para>
/// A request takes its turn only once it is signed in and allowed (this runs after authorisation) and its whole body
/// has arrived (read within <see cref="BodyTimeoutSetting"/>, else 408): a client sending its body slowly, signed in or
/// not, holds nobody up. A write that waits longer than <see cref="LongestWaitSetting"/> is answered 503 with
/// Retry-After instead of hanging.
/// </para>
/// The turns are the framework's <see cref="ConcurrencyLimiter"/>, but taken here rather than by its rate-limiting
/// middleware: that middleware waits in the queue until the client gives up, with no limit of its own, and a body
/// must be read before the turn is taken.
/// </summary>
public sealed class SqliteWriteQueue(TimeSpan longestWait, TimeSpan bodyTimeout) : IDisposable
{
    /// <summary>How long a write may wait for its turn before it is answered 503 (default 30 seconds).</summary>
    public const string LongestWaitSetting = "Parley:WriteQueueWait";
    /// <summary>How long the body of a request that may write may take to arrive (default 120 seconds).</summary>
    public const string BodyTimeoutSetting = "Parley:RequestBodyTimeout";

    public static readonly TimeSpan DefaultLongestWait = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan DefaultBodyTimeout = TimeSpan.FromSeconds(120);

    private readonly ConcurrencyLimiter _turn = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = 1, QueueLimit = int.MaxValue, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public static bool MayWrite(HttpRequest request) =>
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));

    public async Task RunAsync(HttpContext context, RequestDelegate next)
    {
        if (!MayWrite(context.Request)) { await next(context); return; }
        if (!await BodyArrivedAsync(context)) return;
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        wait.CancelAfter(longestWait);
        RateLimitLease lease;
        try
        {
            lease = await _turn.AcquireAsync(1, wait.Token);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            await BusyAsync(context);
            return;
        }
        using (lease)
        {
            if (!lease.IsAcquired) { await BusyAsync(context); return; }
            await next(context);
        }
    }

    /// <summary>Reads the whole body (a form into the form feature, anything else into a buffer) or answers 408.</summary>
    private async Task<bool> BodyArrivedAsync(HttpContext context)
    {
        var request = context.Request;
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false }) return true;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(bodyTimeout);
        try
        {
            if (request.HasFormContentType)
                await request.ReadFormAsync(timeout.Token);
            else
            {
                request.EnableBuffering();
                await request.Body.CopyToAsync(Stream.Null, timeout.Token);
                request.Body.Position = 0;
            }
            return true;
        }
        catch (InvalidDataException e) when (!e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            // A form the framework cannot read (a NUL in a value, bad encoding) is the sender's error, not ours; a form
            // over its limit goes on to RequestLimits, which answers 413 for it.
            await RequestLimits.RefuseAsync(context, StatusCodes.Status400BadRequest, "The form could not be read", e.Message, null);
            return false;
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            // What was not read stays unread: the connection is closed after this answer.
            context.Response.Headers.Connection = "close";
            await RequestLimits.RefuseAsync(context, StatusCodes.Status408RequestTimeout, "The request took too long to arrive",
                $"The body of the request did not arrive within {bodyTimeout.TotalSeconds:0} seconds; send it again.", null);
            return false;
        }
    }

    private static Task BusyAsync(HttpContext context)
    {
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return RequestLimits.RefuseAsync(context, StatusCodes.Status503ServiceUnavailable, "The server is busy",
            $"Other changes are being saved; nothing was changed. Try again in {RetryAfterSeconds} seconds.", null);
    }

    private const int RetryAfterSeconds = 5;

    public void Dispose() => _turn.Dispose();
}
