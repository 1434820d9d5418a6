using System.Net;
using System.Text.Json;
using Parley.Features.Api;
using Parley.Features.Records;
using Parley.Tests.Support;

namespace Parley.Tests.Web;

/// <summary>A page number past the furthest any list goes is a 400 naming the parameter, on every list, API and page, on both stores.</summary>
public class PagingTests
{
    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_huge_page_number_is_a_400_naming_the_page_on_every_list(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        using var admin = await app.SignInAsync("admin");
        using var api = app.Client(app.Token("admin"));
        var apiLists = ApiKinds.All.Select(k => $"/api/v1/{k.Route}?page=").Append("/api/v1/audit?page=").Append("/api/v1/search?q=rights&offset=").ToList();
        var pageLists = RecordKinds.All.Select(k => $"/records/{k.Slug}?page=").Append("/audit?page=").Append("/search?q=rights&page=").ToList();

        foreach (var huge in new[] { "999999999999", "2147483647", "1000001" })
        {
            foreach (var route in apiLists)
            {
                var response = await api.GetAsync(route + (route.Contains("offset", StringComparison.Ordinal) ? huge + "000" : huge));
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{route}{huge} answered {(int)response.StatusCode}");
                using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                var errors = problem.RootElement.GetProperty("errors");
                var name = route.Contains("offset", StringComparison.Ordinal) ? "offset" : "page";
                Assert.Contains("past the furthest any list can be paged", errors.GetProperty(name)[0].GetString());
            }
            foreach (var route in pageLists)
            {
                var response = await admin.GetAsync(route + huge);
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{route}{huge} answered {(int)response.StatusCode}");
                Assert.Contains("page: ", await response.Content.ReadAsStringAsync());
            }
        }
        // The last page anyone can ask for is answered (empty), not refused.
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/recommendations?page={Parley.Web.Paging.MaxPage}&pageSize=200")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/records/recommendations?page={Parley.Web.Paging.MaxPage}")).StatusCode);
    }
}
