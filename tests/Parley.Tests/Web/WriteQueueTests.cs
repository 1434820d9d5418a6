using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Http;
using Parley.Tests.Support;
using Parley.Web;

namespace Parley.Tests.Web;

/// <summary>
/// The SQLite write queue is taken only by requests that are signed in, allowed and whose body has arrived: a client
/// sending a body slowly holds nobody up, and a write that waits too long is told to come back.
/// </summary>
public class WriteQueueTests
{
    private const string EditorPassword = "the editor's own passphrase";

    [Fact]
    public async Task An_anonymous_client_dribbling_a_post_body_holds_up_neither_a_sign_in_nor_an_editors_write()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        Assert.Equal(0, (await Cli.RunWithInputAsync(EditorPassword + "\n", "users", "add", "ed", "--role", "editor", "--password-stdin", "--db", store.Path)).Exit);
        var token = (await Cli.OkAsync("tokens", "create", "--user", "ed", "--db", store.Path)).Out.Trim();
        var (server, address) = await ParleyProcess.ServeAsync("serve", "--db", store.Path);
        using var _ = server;
        var port = address.Port;
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
            { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };

        // Two anonymous clients dribble a body: to the sign-in form and to an API write.
        using var stop = new CancellationTokenSource();
        var dribblers = new[] { "/login", "/api/v1/parties" }.Select(path => DribbleAsync(port, path, stop.Token)).ToList();
        await Task.Delay(TimeSpan.FromSeconds(2));

        var clock = Stopwatch.StartNew();
        var signIn = await SignedInApp.PostFormAsync(http, "/login", new() { ["UserName"] = "ed", ["Password"] = EditorPassword });
        var signInTook = clock.Elapsed;
        using var editor = new HttpClient { BaseAddress = http.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        editor.DefaultRequestHeaders.Authorization = new("Bearer", token);
        clock.Restart();
        var write = await editor.PostAsync("/api/v1/parties", new StringContent(
            """{ "key": "queue-test", "name": "Queue test party", "kind": "state" }""", Encoding.UTF8, "application/json"));
        var writeTook = clock.Elapsed;
        var formWrite = await SignedInApp.PostFormAsync(http, "/logout", [], formPage: "/");
        await stop.CancelAsync();
        await Task.WhenAll(dribblers);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.Created, write.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, formWrite.StatusCode);
        // Before, both waited behind the dribbling sign-in until its body was complete (minutes).
        Assert.True(signInTook < TimeSpan.FromSeconds(10), $"signing in took {signInTook}");
        Assert.True(writeTook < TimeSpan.FromSeconds(10), $"the editor's write took {writeTook}");
    }

    [Fact]
    public async Task A_write_that_waits_too_long_for_its_turn_is_answered_503_with_retry_after()
    {
        using var queue = new SqliteWriteQueue(TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(5));
        var release = new TaskCompletionSource();
        var first = queue.RunAsync(Post(), _ => release.Task);

        var second = Post();
        var ran = false;
        await queue.RunAsync(second, _ => { ran = true; return Task.CompletedTask; });
        release.SetResult();
        await first;

        Assert.False(ran);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, second.Response.StatusCode);
        Assert.True(int.Parse(second.Response.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        // Once the first write is done, the next one runs.
        var third = Post();
        await queue.RunAsync(third, _ => { ran = true; return Task.CompletedTask; });
        Assert.True(ran);
    }

    [Fact]
    public async Task A_signed_in_write_whose_body_does_not_arrive_in_time_is_answered_408_and_holds_up_no_other_write()
    {
        await using var app = await SignedInApp.StartAsync(settings: new Dictionary<string, string?> { [SqliteWriteQueue.BodyTimeoutSetting] = "00:00:02" });
        var port = app.BaseAddress.Port;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var slow = DribbleAsync(port, "/api/v1/parties", stop.Token, app.Token("editor"));
        await Task.Delay(500);
        using var editor = app.Client(app.Token("editor"));
        var clock = Stopwatch.StartNew();
        var other = await editor.PostAsync("/api/v1/parties", new StringContent(
            """{ "key": "other-write", "name": "Another party", "kind": "state" }""", Encoding.UTF8, "application/json"));
        var otherTook = clock.Elapsed;

        var answer = await slow;

        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        Assert.True(otherTook < TimeSpan.FromSeconds(10), $"the other write took {otherTook}");
        Assert.StartsWith("HTTP/1.1 408", answer);
        Assert.Contains("did not arrive within 2 seconds", answer);
    }

    private static DefaultHttpContext Post()
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Path = "/records/parties/new";
        return context;
    }

    /// <summary>
    /// Sends a POST of a megabyte whose body comes 50 bytes every 100 ms: fast enough for Kestrel's minimum data rate
    /// (240 bytes a second), so only Parley's own body timeout ends it. Returns what the server answered, if anything.
    /// </summary>
    private static async Task<string> DribbleAsync(int port, string path, CancellationToken stop, string? token = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        var stream = client.GetStream();
        var type = path == "/login" ? "application/x-www-form-urlencoded" : "application/json";
        var head = $"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: {type}\r\nContent-Length: 1000000\r\n"
            + (token is null ? "" : $"Authorization: Bearer {token}\r\n") + "\r\n";
        // A well-formed form (one long value), so the form reader's own limits do not end it early.
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head + (path == "/login" ? "UserName=" : "")), stop);
        var buffer = new byte[8192];
        var reading = stream.ReadAsync(buffer, stop).AsTask();
        try
        {
            while (!stop.IsCancellationRequested && !reading.IsCompleted)
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes(new string('a', 50)), stop);
                await Task.WhenAny(reading, Task.Delay(100, stop));
            }
        }
        catch (OperationCanceledException) { }
        catch (IOException) { }
        try { await reading.WaitAsync(TimeSpan.FromSeconds(2)); }
        catch (Exception e) when (e is OperationCanceledException or IOException or TimeoutException) { return ""; }
        var answer = new StringBuilder();
        for (var n = reading.Result; n > 0;)
        {
            answer.Append(Encoding.UTF8.GetString(buffer, 0, n));
            using var more = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            try { n = await stream.ReadAsync(buffer, more.Token); }
            catch (Exception e) when (e is OperationCanceledException or IOException) { break; }
        }
        return answer.ToString();
    }
}
