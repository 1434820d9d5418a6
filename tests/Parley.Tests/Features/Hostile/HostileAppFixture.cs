using System.Text.Json.Nodes;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Hostile;

/// <summary>The app running on the hostile store, and every page that shows its records.</summary>
public sealed class HostileAppFixture : IAsyncLifetime
{
    public SignedInApp App { get; private set; } = null!;
    public IReadOnlyList<string> Pages { get; private set; } = [];

    public async Task InitializeAsync()
    {
        App = await SignedInApp.StartAsync(store: await HostileStore.CreateAsync(StoreKind.Sqlite));
        var document = JsonNode.Parse((await Cli.OkAsync("export", "--db", App.Store.Db)).Out)!;
        string First(string kind) => document[kind]![0]!["key"]!.GetValue<string>();
        var pages = new List<string>
        {
            "/", "/powers", "/timeline", "/analyses", $"/analyses/coverage?channel={First("channels")}", "/analyses/enforceability",
            $"/analyses/cascade?framework={First("frameworks")}", $"/analyses/legal?instrument={First("legalInstruments")}", "/analyses/risk",
            "/analyses/framing", $"/briefings?channel={First("channels")}", "/search?q=wwww*", "/search?q=alert", "/audit",
            $"/parties/{First("parties")}/upr", "/import",
        };
        foreach (var kind in Parley.Features.Records.RecordKinds.All)
        {
            pages.Add($"/records/{kind.Slug}");
            var list = Parley.Features.Import.CsvKinds.Find(kind.Slug)!.Name;
            foreach (var record in document[list]!.AsArray().Take(2)) pages.Add($"/records/{kind.Slug}/{record!["key"]!.GetValue<string>()}");
            pages.Add($"/records/{kind.Slug}/{First(list)}/edit");
        }
        pages.Add($"/records/cases/{First("cases")}/delete");
        Pages = pages;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
