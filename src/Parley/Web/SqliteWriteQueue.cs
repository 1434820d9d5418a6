namespace Parley.Web;

/// <summary>
/// On a SQLite store, requests that may write take turns, first come first served. SQLite has one writer at a time and
/// lets the others retry on a timer, which is not fair: in the soak run (64 clients, 1 in 4 requests a write, a loaded
/// 2-core machine) some writers lost every retry for 30 s and failed with "database is locked" while later ones got
/// through. Queued here, each waits its turn instead. Reads are never queued; PostgreSQL needs none of this.
/// </summary>
public sealed class SqliteWriteQueue
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    public static bool MayWrite(HttpRequest request) =>
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));

    public async Task RunAsync(HttpContext context, RequestDelegate next)
    {
        if (!MayWrite(context.Request)) { await next(context); return; }
        await _turn.WaitAsync(context.RequestAborted);
        try { await next(context); }
        finally { _turn.Release(); }
    }
}
