using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Fuzz;

/// <summary>
/// The same kind of damage through the doors people use: random values in every field of every kind's form, and
/// damaged files given to `parley import` and to the /import page. Never a 500 or a stack trace; a refusal names
/// the field or the line, and writes nothing.
/// </summary>
public partial class FormAndCliFuzzTests
{
    private static readonly string[] Values =
    [
        "", " ", "0", "-1", "2147483648", "abc", "2023-13-45", "2023", "vn", "no-such-key", "Held", "State", "true",
        HostileValue.Markup, "nul\0inside", "\u202Eevil", new string('x', 400), new string('y', 20_000), "=1+1", "../../etc/passwd",
    ];

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Random_values_in_every_form_are_refused_by_field_and_store_nothing(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        using var browser = await app.SignInAsync("editor");
        var random = FuzzSettings.Random(nameof(Random_values_in_every_form_are_refused_by_field_and_store_nothing));
        var forms = new Dictionary<string, (string Token, List<string> Fields)>();
        foreach (var recordKind in Parley.Features.Records.RecordKinds.All)
        {
            var html = await browser.GetStringAsync($"/records/{recordKind.Slug}/new");
            var names = FieldName().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
                .Where(n => n != "__RequestVerificationToken" && n != "q").Distinct().ToList();
            forms[recordKind.Slug] = (WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value), names);
        }

        var cases = FuzzSettings.Cases(kind == StoreKind.Sqlite ? 160 : 80);
        for (var i = 0; i < cases; i++)
        {
            var slug = forms.Keys.ElementAt(i % forms.Count);
            var (token, names) = forms[slug];
            var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token), new("key", $"form-{i}") };
            foreach (var name in names.Where(n => n != "key"))
                if (random.Next(3) > 0) fields.Add(new(name, Values[random.Next(Values.Length)]));
            if (random.Next(5) == 0) fields.Add(new("unknownField" + random.Next(9), "x"));
            var what = string.Join("&", fields.Skip(1).Select(f => $"{f.Key}={(f.Value.Length > 20 ? f.Value[..20] + "…" : f.Value)}"));

            var before = await SnapshotAsync(app.Store);
            var response = await browser.PostAsync($"/records/{slug}/new", new FormUrlEncodedContent(fields));
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for POST /records/{slug}/new {what} ({FuzzSettings.Replay})");
            if (response.StatusCode == HttpStatusCode.Redirect) continue;
            Assert.Equal(before, await SnapshotAsync(app.Store));
            if (response.StatusCode == HttpStatusCode.OK)
                Assert.Contains("field-error", await response.Content.ReadAsStringAsync());
        }
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_nul_character_or_an_over_long_name_in_a_form_is_refused_and_stores_nothing(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        using var browser = await app.SignInAsync("editor");
        var before = await SnapshotAsync(app.Store);

        var nul = await SignedInApp.PostFormAsync(browser, "/records/parties/new", new() { ["key"] = "nul-party", ["name"] = "Nul\0Land", ["kind"] = "State" });
        var longName = await SignedInApp.PostFormAsync(browser, "/records/parties/new", new() { ["key"] = "long-party", ["name"] = new string('n', 301), ["kind"] = "State" });

        // The framework's form reader refuses a NUL before Parley sees the form.
        Assert.Equal(HttpStatusCode.BadRequest, nul.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, longName.StatusCode);
        Assert.Contains("at most 300 characters", await longName.Content.ReadAsStringAsync());
        Assert.Equal(before, await SnapshotAsync(app.Store));
    }

    [Fact]
    public async Task Damaged_files_through_the_command_line_and_the_upload_page_are_refused_with_their_lines()
    {
        await using var app = await SignedInApp.StartAsync();
        using var browser = await app.SignInAsync("editor");
        var random = FuzzSettings.Random(nameof(Damaged_files_through_the_command_line_and_the_upload_page_are_refused_with_their_lines));
        var export = JsonNode.Parse((await Cli.OkAsync("export", "--db", app.Store.Db)).Out)!.AsObject();
        foreach (var (_, value) in export.ToList())
            if (value is JsonArray list)
            {
                while (list.Count > 2) list.RemoveAt(list.Count - 1);
                foreach (var record in list.OfType<JsonObject>()) record["key"] = "cli-" + record["key"]!.GetValue<string>();
            }
        var valid = Encoding.UTF8.GetBytes(export.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        var before = (await Cli.OkAsync("export", "--db", app.Store.Db)).Out;
        var uploadPage = await browser.GetStringAsync("/import");
        var token = WebUtility.HtmlDecode(Token().Match(uploadPage).Groups[1].Value);

        var cases = FuzzSettings.Cases(30);
        for (var i = 0; i < cases; i++)
        {
            var (bytes, what) = random.Next(2) == 0 ? ByteMutations.Mutate(valid, random) : Utf8(JsonMutations.Mutate(export, random));
            var file = app.Store.File($"damaged-{i}.json");
            await File.WriteAllBytesAsync(file, bytes);

            var run = await Cli.RunAsync("import", file, "--dry-run", "--db", app.Store.Db);
            Assert.DoesNotContain("unexpected error", run.Error);
            Assert.DoesNotContain("   at ", run.Error);
            if (run.Exit != 0)
            {
                Assert.Equal(1, run.Exit);
                Assert.Matches($@"damaged-{i}\.json(:\d+)?: ", run.Error);
            }

            using var form = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new ByteArrayContent(bytes), "Upload", $"damaged-{i}.json" },
            };
            var response = await browser.PostAsync("/import?handler=Preview", form);
            var page = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} uploading case {i}: {what}");
            Assert.True(page.Contains("Rejected:", StringComparison.Ordinal) || page.Contains("Preview of", StringComparison.Ordinal)
                || page.Contains("class=\"problem\"", StringComparison.Ordinal), $"upload of case {i} ({what}) says neither what is wrong nor what it would do");
        }
        Assert.Equal(before, (await Cli.OkAsync("export", "--db", app.Store.Db)).Out);
    }

    private static (byte[], string) Utf8((string Json, string What) mutated) => (Encoding.UTF8.GetBytes(mutated.Json), mutated.What);

    private static async Task<IReadOnlyDictionary<string, long>> SnapshotAsync(TempStore store)
    {
        await using var db = store.Open();
        return await StoreSnapshot.TakeAsync(db);
    }

    [GeneratedRegex("<(?:input|select|textarea)[^>]*\\bname=\"([^\"]+)\"")]
    private static partial Regex FieldName();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

/// <summary>Markup used as a field value by the fuzz tests.</summary>
internal static class HostileValue
{
    public const string Markup = "\"><img src=x onerror=alert(1)><script>alert(2)</script>";
}
