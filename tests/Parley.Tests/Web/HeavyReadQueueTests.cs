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
        using var limiter = HeavyReadQueue.Limiter(running: 2);

        var turns = Enumerable.Range(0, 20).Select(_ => limiter.AcquireAsync(Get("/api/v1/recommendations")).AsTask()).ToList();
        await Task.Delay(100);
        Assert.Equal(2, turns.Count(t => t.IsCompleted)); // the other 18 wait, none is refused
        var light = await limiter.AcquireAsync(Get("/api/v1/recommendations/gen1-rec-0000001"));
        Assert.True(light.IsAcquired); // one record does not wait behind the lists

        var answered = 0;
        while (answered < 20)
        {
            var done = turns.Where(t => t.IsCompleted).ToList();
            foreach (var turn in done)
            {
                using var lease = await turn;
                Assert.True(lease.IsAcquired);
                turns.Remove(turn);
                answered++;
            }
            await Task.WhenAny(turns.DefaultIfEmpty(Task.FromResult<System.Threading.RateLimiting.RateLimitLease>(null!)));
        }
        Assert.Equal(20, answered);
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
}
