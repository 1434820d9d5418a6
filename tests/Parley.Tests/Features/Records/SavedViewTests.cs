using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Records;

/// <summary>"Save this view": a user's named list views, kept in the store, reopened with the same rows, deleted, audited.</summary>
public partial class SavedViewTests
{
    [GeneratedRegex("""<section class="saved-views".*?</section>""", RegexOptions.Singleline)]
    private static partial Regex ViewsSection();

    private static string Views(string page) => ViewsSection().Match(page).Value;

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_viewer_saves_a_view_reopens_it_with_the_same_rows_and_deletes_it_and_others_never_see_it(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: await TempStore.InitialisedAsync(kind));
        using var viewer = await app.SignInAsync("viewer");
        const string list = "/records/institutions?issue-area=labour-rights&sort=name&cols=name,party";
        var filtered = await viewer.GetStringAsync(list);

        var saved = await SignedInApp.PostFormAsync(viewer, "/records/institutions?handler=saveView",
            new() { ["name"] = "Labour institutions", ["view"] = "?issue-area=labour-rights&sort=name&cols=name,party" }, formPage: list);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var plain = await viewer.GetStringAsync("/records/institutions");
        var link = Regex.Match(Views(plain), """<a href="(?<href>[^"]+)">Labour institutions</a>""");
        Assert.True(link.Success, "the saved view is not listed on the list page");
        var reopened = await viewer.GetStringAsync(WebUtility.HtmlDecode(link.Groups["href"].Value));
        Assert.Equal(LargeListTests.RowsOf(filtered, "institutions"), LargeListTests.RowsOf(reopened, "institutions"));
        Assert.NotEqual(LargeListTests.RowsOf(plain, "institutions"), LargeListTests.RowsOf(reopened, "institutions"));

        // Another user's list does not show it.
        using var editor = await app.SignInAsync("editor");
        Assert.DoesNotContain("Labour institutions", Views(await editor.GetStringAsync("/records/institutions")));

        // Saving under the same name replaces the view; a nameless view is refused with a message naming the field.
        await SignedInApp.PostFormAsync(viewer, "/records/institutions?handler=saveView", new() { ["name"] = "Labour institutions", ["view"] = "?q=labour" },
            formPage: "/records/institutions");
        var refused = await SignedInApp.PostFormAsync(viewer, "/records/institutions?handler=saveView", new() { ["name"] = " ", ["view"] = "" },
            formPage: "/records/institutions");
        Assert.Contains("View name: give the view a name.", await viewer.GetStringAsync(refused.Headers.Location!.OriginalString));
        int id;
        await using (var db = app.Store.Open())
        {
            var view = await db.Set<Parley.Features.Records.SavedView>().SingleAsync();
            Assert.Equal(("viewer", "institutions", "?q=labour"), (view.Owner, view.Kind, view.Query));
            id = view.Id;
            Assert.Equal([AuditAction.Create, AuditAction.Update],
                await db.AuditEntries.Where(a => a.Kind == "SavedView").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        }

        // Another user cannot delete it; its owner can.
        await SignedInApp.PostFormAsync(editor, "/records/institutions?handler=deleteView", new() { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            formPage: "/records/institutions");
        Assert.Contains("Labour institutions", Views(await viewer.GetStringAsync("/records/institutions")));
        await SignedInApp.PostFormAsync(viewer, "/records/institutions?handler=deleteView", new() { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            formPage: "/records/institutions");
        Assert.DoesNotContain("Labour institutions", Views(await viewer.GetStringAsync("/records/institutions")));
        await using (var db = app.Store.Open())
            Assert.Equal(AuditAction.Delete, await db.AuditEntries.Where(a => a.Kind == "SavedView").OrderBy(a => a.Id).Select(a => a.Action).LastAsync());
    }

    [Fact]
    public async Task Saving_a_view_without_the_anti_forgery_token_is_refused()
    {
        await using var app = await SignedInApp.StartAsync();
        using var viewer = await app.SignInAsync("viewer");

        var response = await viewer.PostAsync("/records/institutions?handler=saveView",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "x", ["view"] = "" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = app.Store.Open();
        Assert.False(await db.Set<Parley.Features.Records.SavedView>().AnyAsync());
    }
}
