using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Domain;
using Parley.Features.Accounts;
using Parley.Store;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Accounts;

/// <summary>
/// An endpoint that answers with a typed union (<c>Results&lt;Ok&lt;T&gt;, NotFound&gt;</c>, which OpenAPI reads its
/// shapes from) still answers through the reader's view: the union holds the answer, and that answer is withheld.
/// </summary>
public class TypedUnionWithholdingTests
{
    private static async Task<Results<Ok<Case>, NotFound>> CaseAsync(string key, ParleyDb db)
    {
        var found = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Key == key);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(found);
    }

    [Fact]
    public async Task A_case_answered_through_a_typed_union_reaches_a_reader_without_case_access_with_the_name_withheld()
    {
        using var store = await TempStore.InitialisedAsync(StoreKind.Sqlite);
        string key, name;
        await using (var db = store.Open())
            (key, name) = await db.Cases.OrderBy(c => c.Id).Select(c => ValueTuple.Create(c.Key, c.PersonName)).FirstAsync();

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddScoped(_ => store.Open());
        ReaderView.AddReaderView(builder.Services);
        await using var app = builder.Build();
        ReaderView.WithheldFromReaders(app).MapGet("/viewed/{key}", CaseAsync);
        // The same answer outside the reader's view: shows the name, so the check below is not vacuous.
        app.MapGet("/unviewed/{key}", CaseAsync);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };

        var viewed = await http.GetStringAsync($"/viewed/{key}");
        var unviewed = await http.GetStringAsync($"/unviewed/{key}");

        Assert.Empty(PlantedNames.Leaks(viewed, [name]));
        Assert.Contains($"\"personName\":\"{Withholding.Withheld}\"", viewed);
        Assert.NotEmpty(PlantedNames.Leaks(unviewed, [name]));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/viewed/no-such-case")).StatusCode);
        await app.StopAsync();
    }
}
