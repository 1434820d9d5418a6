using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Audit;

public class TrailPageTests
{
    [Fact]
    public async Task Admins_see_who_changed_what_on_the_trail_page_and_others_are_turned_away()
    {
        await using var app = await SignedInApp.StartAsync();
        using var api = app.Client(app.Token("editor"));
        var created = await api.PostAsync("/api/v1/parties",
            new StringContent("""{ "key": "trail-party", "name": "Before <b>", "kind": "state" }""", Encoding.UTF8, "application/json"));
        var put = new HttpRequestMessage(HttpMethod.Put, "/api/v1/parties/trail-party")
        {
            Content = new StringContent("""{ "key": "trail-party", "name": "After", "kind": "state" }""", Encoding.UTF8, "application/json"),
        };
        put.Headers.IfMatch.Add(new EntityTagHeaderValue(created.Headers.ETag!.Tag));
        Assert.Equal(HttpStatusCode.OK, (await api.SendAsync(put)).StatusCode);

        using var admin = await app.SignInAsync("admin");
        var page = await admin.GetStringAsync("/audit?kind=parties&key=trail-party");
        using var editor = await app.SignInAsync("editor");
        var refused = await editor.GetAsync("/audit");

        Assert.Contains("2 entries", page);
        Assert.Contains("<del>Before &lt;b&gt;</del>", page);
        Assert.Contains("<ins>After</ins>", page);
        Assert.Contains("editor changed it", page);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/denied", refused.Headers.Location?.PathAndQuery);
    }
}
