using System.Net;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Import;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Import;

/// <summary>The UPR issue-label mapping kept in the store: seeded, edited on /import/mapping, used by every UPR import.</summary>
public class IssueMappingTests
{
    private const string Header = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\n";

    private static async Task<string[]> AreasOfAsync(TempStore store, string text)
    {
        await using var db = store.Open();
        var recommendation = await db.Recommendations.AsNoTracking().Include(r => r.IssueAreas).SingleAsync(r => r.Text == text);
        return recommendation.IssueAreas.Select(a => a.Key).Order().ToArray();
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_upr_import_files_rows_under_the_stored_mapping_and_a_mapping_file_still_overrides_it_for_one_run(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        await using (var db = store.Open())
        {
            Assert.Equal(ImportMapping.UprDefault().Issues.Count, await db.IssueLabelMappings.CountAsync());
            var labour = await db.IssueLabelMappings.SingleAsync(m => m.Key == "Labour");
            labour.Areas = ["freedom-of-expression", "labour-rights"];
            await db.SaveChangesAsync();
        }
        var first = store.File("first.csv");
        await File.WriteAllTextAsync(first, Header + "Viet Nam,Asia,ASEAN,Allow independent trade unions,Sweden,WEOG,EU,Noted,5,Labour,18\n");

        await Cli.OkAsync("import", first, "--db", store.Db);

        Assert.Equal(["freedom-of-expression", "labour-rights"], await AreasOfAsync(store, "Allow independent trade unions"));

        var second = store.File("second.csv");
        await File.WriteAllTextAsync(second, Header + "Viet Nam,Asia,ASEAN,Ratify ILO convention 87,Norway,WEOG,,Accepted,5,Labour,18\n");
        var mapping = store.File("mapping.json");
        await File.WriteAllTextAsync(mapping, """{"issues": {"Labour": ["labour-rights"]}}""");

        await Cli.OkAsync("import", second, "--mapping", mapping, "--db", store.Db);

        Assert.Equal(["labour-rights"], await AreasOfAsync(store, "Ratify ILO convention 87"));
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_label_the_mapping_lacks_is_listed_in_the_summary_and_the_row_is_still_imported(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        var file = store.File("upr.csv");
        await File.WriteAllTextAsync(file, Header + "Viet Nam,Asia,ASEAN,Protect fishers at sea,Fiji,Asia,,Accepted,3,\"Labour,Fisheries\",18\n");

        var run = await Cli.OkAsync("import", file, "--db", store.Db);

        Assert.Contains("note: issue label 'Fisheries' (1 row(s)) has no entry in the issue mapping (/import/mapping)", run.Error);
        Assert.Matches(@"recommendations\s+added\s+1\s", run.Out);
        Assert.Equal(["labour-rights"], await AreasOfAsync(store, "Protect fishers at sea"));
    }

    [Fact]
    public async Task An_editor_changes_a_label_on_the_mapping_page_the_change_is_audited_and_the_next_import_uses_it()
    {
        await using var app = await SignedInApp.StartAsync();
        using var http = await app.SignInAsync("editor");

        var page = await http.GetStringAsync("/import/mapping");
        Assert.Contains("<td>Labour</td>", page);

        var refused = await SignedInApp.PostFormAsync(http, "/import/mapping", new() { ["Label"] = "Labour", ["Areas"] = "labour-rights; atlantis" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("no issue area with the code &#x27;atlantis&#x27;", await refused.Content.ReadAsStringAsync());

        var saved = await SignedInApp.PostFormAsync(http, "/import/mapping", new() { ["Label"] = "labour", ["Areas"] = "labour-rights; social-protection" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var added = await SignedInApp.PostFormAsync(http, "/import/mapping", new() { ["Label"] = "Fisheries", ["Areas"] = "labour-rights" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        await using (var db = app.Store.Open())
        {
            Assert.Equal(["labour-rights", "social-protection"], (await db.IssueLabelMappings.SingleAsync(m => m.Key == "Labour")).Areas);
            var audit = await db.AuditEntries.AsNoTracking().Where(a => a.Kind == nameof(IssueLabelMapping)).OrderBy(a => a.Id).ToListAsync();
            Assert.Equal([(AuditAction.Update, "Labour"), (AuditAction.Create, "Fisheries")], audit.Select(a => (a.Action, a.RecordKey)));
            Assert.Equal("editor", audit[0].Actor);
            Assert.Contains("\"Areas\":[\"labour-rights\",\"social-protection\"]", audit[0].After);
        }

        var file = app.Store.File("upr.csv");
        await File.WriteAllTextAsync(file, Header + "Viet Nam,Asia,ASEAN,Protect fishers at sea,Fiji,Asia,,Accepted,3,\"Labour,Fisheries\",18\n");
        var run = await Cli.OkAsync("import", file, "--db", app.Store.Db);
        Assert.DoesNotContain("Fisheries", run.Error);
        Assert.Equal(["labour-rights", "social-protection"], await AreasOfAsync(app.Store, "Protect fishers at sea"));
    }
}
