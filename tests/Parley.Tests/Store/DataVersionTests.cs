using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Domain;
using Parley.Store;
using Parley.Tests.Support;

namespace Parley.Tests.Store;

/// <summary>
/// A web request reads the data version once and keeps it only while it has not written: what it keeps against the
/// version (counts, figures, key maps) then shows its own writes, and every request shows what others wrote before it
/// began (several servers may share one PostgreSQL store).
/// </summary>
public class DataVersionTests
{
    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_request_that_writes_then_reads_sees_its_write_and_not_a_write_it_took_back(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        // The request's own context, as an endpoint gets it.
        await using var scope = app.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParleyDb>();
        var before = await KeptCount<Party>.OfAsync(db, default);

        db.Parties.Add(new Party { Key = "version-test-1", Name = "Version test one", Kind = PartyKind.State });
        await db.SaveChangesAsync();
        Assert.Equal(before + 1, await KeptCount<Party>.OfAsync(db, default));

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Parties.Add(new Party { Key = "version-test-2", Name = "Version test two", Kind = PartyKind.State });
            await db.SaveChangesAsync();
            Assert.Equal(before + 2, await KeptCount<Party>.OfAsync(db, default));
            await transaction.RollbackAsync();
        }
        db.ChangeTracker.Clear();
        Assert.Equal(before + 1, await KeptCount<Party>.OfAsync(db, default));
        Assert.Equal(before + 1, await db.Parties.CountAsync());
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Each_request_shows_what_another_server_wrote_before_it_began(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        using var viewer = app.Client(app.Token("viewer"));
        var before = await TotalAsync(viewer);
        // Requests enough to take every pooled context once: none may keep the version it read.
        for (var i = 0; i < 4; i++) Assert.Equal(before, await TotalAsync(viewer));

        // Another server on the same store (its own context, outside this app).
        await using (var other = ParleyStore.Open(app.Store.Location))
        {
            other.Parties.Add(new Party { Key = "elsewhere", Name = "Written elsewhere", Kind = PartyKind.Bloc });
            await other.SaveChangesAsync();
        }

        for (var i = 0; i < 4; i++) Assert.Equal(before + 1, await TotalAsync(viewer));
    }

    private static async Task<int> TotalAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v1/parties");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["total"]!.GetValue<int>();
    }
}
