using Microsoft.EntityFrameworkCore;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Import;

/// <summary>A UPR file imported where no store exists yet: the store is made with the issue areas the mapping needs; a dry run makes nothing.</summary>
public class UprNewStoreTests
{
    private const string File1 =
        "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\n" +
        "Viet Nam,Asia,ASEAN,Guarantee the right to form independent trade unions,Norway,WEOG,,Noted,5,\"Labour,Torture and other CID treatment\",5\n" +
        "Viet Nam,Asia,ASEAN,Protect the rights of women workers,Chile,GRULAC,OAS,Accepted,4,\"Women's rights\",5\n";

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_UPR_file_imports_into_a_store_that_does_not_exist_yet_creating_the_bundled_issue_areas_it_maps_to(StoreKind kind)
    {
        using var store = TempStore.Create(kind);
        var file = Path.Combine(Path.GetTempPath(), $"upr-{Guid.NewGuid():N}.csv");
        await System.IO.File.WriteAllTextAsync(file, File1);
        try
        {
            var run = await Cli.OkAsync("import", file, "--db", store.Db);

            Assert.Matches(@"recommendations\s+added\s+2\b", run.Out);
            await using var db = store.Open();
            var noted = await db.Recommendations.Include(r => r.IssueAreas).ThenInclude(a => a.Parent).SingleAsync(r => r.Text.Contains("trade unions"));
            Assert.Equal(["labour-rights", "torture"], noted.IssueAreas.Select(a => a.Key).Order().ToArray());
            // Named and placed as in the bundled data set: torture sits under civil and political rights.
            Assert.Equal("civil-political", noted.IssueAreas.Single(a => a.Key == "torture").Parent?.Key);
            Assert.True(await db.IssueAreas.AnyAsync(a => a.Key == "womens-rights"));
            Assert.False(await db.Channels.AnyAsync(), "the import makes the store; it does not load the bundled data set");
        }
        finally { System.IO.File.Delete(file); }
    }

    [Fact]
    public async Task A_dry_run_on_a_missing_store_reports_what_would_be_added_and_creates_no_file()
    {
        using var store = new TempStore();
        var file = store.File("upr.csv");
        await System.IO.File.WriteAllTextAsync(file, File1);

        var run = await Cli.OkAsync("import", file, "--dry-run", "--db", store.Path);

        Assert.Matches(@"recommendations\s+would add\s+2\b", run.Out);
        Assert.Contains("none is created", run.Error);
        Assert.False(System.IO.File.Exists(store.Path));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(store.Path)!, Path.GetFileName(store.Path) + "*"));
        Assert.Empty(Directory.GetFiles(Path.GetTempPath(), "parley-dry-run-*"));
    }
}
