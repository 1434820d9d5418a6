using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Records;

/// <summary>
/// Every field that points at other records (a recommendation's round, a case's provisions, a round's delegation) is
/// a typeahead that asks the server, on every form: no form lists a kind's records as options, whatever their number.
/// </summary>
public partial class ReferencePickerTests
{
    [GeneratedRegex("""<option value="([^"]*)""")]
    private static partial Regex OptionValue();

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task No_record_form_offers_records_as_options_and_every_link_field_asks_the_server(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        var editor = await app.SignInAsync("editor");
        var keys = new HashSet<string>(StringComparer.Ordinal);
        string caseKey, roundKey, recommendationKey;
        await using (var db = app.Store.Open())
        {
            foreach (var set in new IQueryable<string>[] { db.Parties.Select(p => p.Key), db.Institutions.Select(i => i.Key), db.IssueAreas.Select(a => a.Key),
                         db.Rounds.Select(r => r.Key), db.Provisions.Select(p => p.Key), db.Sources.Select(s => s.Key), db.Channels.Select(c => c.Key) })
                keys.UnionWith(await set.ToListAsync());
            caseKey = await db.Cases.Where(c => c.Charges.Any()).OrderBy(c => c.Key).Select(c => c.Key).FirstAsync();
            roundKey = await db.Rounds.Where(r => r.Delegates.Any()).OrderBy(r => r.Key).Select(r => r.Key).FirstAsync();
            recommendationKey = await db.Recommendations.OrderBy(r => r.Key).Select(r => r.Key).FirstAsync();
        }

        string[] forms =
        [
            "/records/cases/new", $"/records/cases/{caseKey}/edit", "/records/rounds/new", $"/records/rounds/{roundKey}/edit",
            "/records/recommendations/new", $"/records/recommendations/{recommendationKey}/edit", "/records/commitments/new",
            "/records/provisions/new", "/records/channels/new", "/records/frameworks/new", "/records/legal-instruments/new",
        ];
        foreach (var form in forms)
        {
            var html = await editor.GetStringAsync(form);
            var listed = OptionValue().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Where(keys.Contains).ToList();
            Assert.True(listed.Count == 0, $"{form} lists records as options: {string.Join(", ", listed.Take(5))}");
            Assert.DoesNotContain(" multiple", html);
        }

        var caseForm = await editor.GetStringAsync($"/records/cases/{caseKey}/edit");
        Assert.Matches("""name="charges" type="text" value="[^"]+" class="typeahead" autocomplete="off" data-lookup="/records/provisions\?handler=lookup"\s+data-many="true"\s""", caseForm);
        var roundForm = await editor.GetStringAsync($"/records/rounds/{roundKey}/edit");
        Assert.Matches("""name="delegates\[0\]\.institution" type="text" value="[^"]+" class="typeahead" autocomplete="off" data-lookup="/records/institutions\?handler=lookup"\s""", roundForm);
        var recommendationForm = await editor.GetStringAsync($"/records/recommendations/{recommendationKey}/edit");
        Assert.Contains("data-lookup=\"/records/rounds?handler=lookup\"", recommendationForm);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Without_the_script_several_provisions_typed_as_identifiers_are_saved_and_an_unknown_one_is_refused_by_name(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        var editor = await app.SignInAsync("editor");
        string[] provisions;
        await using (var db = app.Store.Open())
            provisions = await db.Provisions.OrderBy(p => p.Key).Select(p => p.Key).Take(2).ToArrayAsync();

        var created = await SignedInApp.PostFormAsync(editor, "/records/cases/new", new()
        {
            ["key"] = "picker-case", ["personName"] = "Picker Person", ["status"] = "Detained", ["charges"] = $" {provisions[0]},{provisions[1]} ",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await using (var db = app.Store.Open())
        {
            var stored = await db.Cases.Where(c => c.Key == "picker-case").SelectMany(c => c.Charges.Select(p => p.Key)).OrderBy(k => k).ToArrayAsync();
            Assert.Equal(provisions, stored);
        }
        // The form shows them back, with their names for the chips the script draws.
        var form = await editor.GetStringAsync("/records/cases/picker-case/edit");
        Assert.Contains($"value=\"{provisions[0]}, {provisions[1]}\"", form);
        Assert.Contains($"&quot;key&quot;:&quot;{provisions[1]}&quot;", form);

        var refused = await SignedInApp.PostFormAsync(editor, "/records/cases/new", new()
        {
            ["key"] = "picker-case-2", ["personName"] = "Second Person", ["status"] = "Detained", ["charges"] = $"{provisions[0]}, no-such-article",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("no-such-article", await refused.Content.ReadAsStringAsync());
        await using var after = app.Store.Open();
        Assert.False(await after.Cases.AnyAsync(c => c.Key == "picker-case-2"));
    }
}
