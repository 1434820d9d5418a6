using System.Net;
using Microsoft.AspNetCore.Http;
using Parley.Tests.Support;
using Parley.Web;

namespace Parley.Tests.Web;

public class HeavyReadQueueTests
{
    [Fact]
    public async Task Heavy_reads_take_turns_and_every_one_is_answered()
    {
        var queue = new HeavyReadQueue(running: 2);
        var (now, most, done) = (0, 0, 0);
        var release = new TaskCompletionSource();
        async Task Read(HttpContext _)
        {
            var running = Interlocked.Increment(ref now);
            InterlockedMax(ref most, running);
            await release.Task;
            Interlocked.Decrement(ref now);
            Interlocked.Increment(ref done);
        }

        var requests = Enumerable.Range(0, 20).Select(_ => queue.RunAsync(Get("/api/v1/recommendations"), Read)).ToList();
        while (Volatile.Read(ref now) < 2) await Task.Delay(10);
        Assert.Equal(2, Volatile.Read(ref now)); // the other 18 wait
        release.SetResult();
        await Task.WhenAll(requests);

        Assert.Equal(20, done);
        Assert.Equal(2, most);
    }

    [Theory]
    [InlineData("/search", true)]
    [InlineData("/api/v1/search", true)]
    [InlineData("/records/recommendations", true)]
    [InlineData("/api/v1/recommendations", true)]
    [InlineData("/records/recommendations/gen1-rec-0000001", false)]
    [InlineData("/api/v1/recommendations/gen1-rec-0000001", false)]
    [InlineData("/records/rounds/new", false)]
    [InlineData("/health", false)]
    [InlineData("/", false)]
    public void Lists_and_searches_queue_one_record_and_health_do_not(string path, bool heavy) =>
        Assert.Equal(heavy, HeavyReadQueue.IsHeavy(Get(path).Request));

    [Fact]
    public async Task Sixty_four_list_requests_at_once_are_all_answered()
    {
        await using var app = await SignedInApp.StartAsync();
        using var viewer = app.Client(app.Token("viewer"));

        var answers = await Task.WhenAll(Enumerable.Range(1, 64).Select(i => viewer.GetAsync($"/api/v1/recommendations?page={i % 3 + 1}&pageSize=5")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
    }

    private static DefaultHttpContext Get(string path)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Path = path;
        return context;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
            if (Interlocked.CompareExchange(ref target, value, seen) == seen) return;
    }
}
