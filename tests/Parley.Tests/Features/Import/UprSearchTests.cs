using Parley.Tests.Support;

namespace Parley.Tests.Features.Import;

/// <summary>Rows written by the UPR bulk import are found by search at once, like records saved any other way.</summary>
public class UprSearchTests
{
    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Imported_upr_recommendations_are_found_by_search(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        var file = store.File("upr.csv");
        await File.WriteAllTextAsync(file,
            "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\r" +
            "Viet Nam,Asia,ASEAN,Ratify the ILO core conventions on freedom of association,Sweden,WEOG,EU,Noted,5,Labour,5\r");
        await Cli.OkAsync("import", file, "--db", store.Db);

        var found = await Cli.OkAsync("search", "\"freedom of association\"", "--kind", "recommendation", "--db", store.Db);

        Assert.Contains("Ratify the ILO core conventions", found.Out);
    }
}
