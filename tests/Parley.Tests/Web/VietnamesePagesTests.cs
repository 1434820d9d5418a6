using System.Collections;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Resources;
using System.Text.RegularExpressions;
using Parley.Tests.Support;
using Parley.Web;

namespace Parley.Tests.Web;

/// <summary>
/// The pages an admin opens, asked for in Vietnamese over real HTTP with the bundled data: each answers in Vietnamese
/// and shows none of the interface's English sentences (a text node or a read attribute equal to an English text of
/// Text.resx), which would mean a page wrote the English itself instead of asking the resources.
/// </summary>
public partial class VietnamesePagesTests
{
    /// <summary>Pages with their answers filled in where a form asks first (bundled channel, round, party, framework).</summary>
    private static readonly string[] Paths =
    [
        "/", "/search?q=hoang", "/analyses", "/analyses/coverage?channel=human-rights", "/analyses/enforceability",
        "/analyses/cascade?framework=evfta&party=us&issueArea=association-assembly", "/analyses/risk", "/analyses/legal",
        "/analyses/law-changes?channel=human-rights", "/analyses/treaties?party=vn", "/analyses/framing",
        "/asks?round=human-rights-next", "/briefings?channel=human-rights&round=human-rights-next&lang=vi", "/timeline", "/powers",
        "/parties/vn/upr", "/audit", "/import", "/import/mapping", "/api", "/admin", "/accounts", "/password", "/no-such-page",
    ];

    [Fact]
    public async Task Every_page_asked_for_in_Vietnamese_answers_without_the_interface_English()
    {
        await using var app = await SignedInApp.StartAsync();
        var http = await app.SignInAsync("admin");
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("vi-VN");
        var found = new List<string>();
        foreach (var path in Paths) found.AddRange(EnglishIn(path, await http.GetAsync(path)));
        Assert.True(found.Count == 0, "English interface text on Vietnamese pages:\n" + string.Join("\n", found));
    }

    /// <summary>Kinds whose pages are read in Vietnamese: fields of every input type, rows, links, statuses and history.</summary>
    private static readonly string[] Kinds = ["commitments", "cases", "rounds", "recommendations", "institutions", "legal-instruments", "provisions", "sources"];

    [Fact]
    public async Task Record_lists_forms_details_and_their_refusals_are_in_Vietnamese()
    {
        await using var app = await SignedInApp.StartAsync();
        var http = await app.SignInAsync("admin");
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("vi-VN");
        var found = new List<string>();
        foreach (var slug in Kinds)
        {
            var list = await http.GetAsync($"/records/{slug}");
            var html = await list.Content.ReadAsStringAsync();
            found.AddRange(EnglishIn($"/records/{slug}", list, html));
            var key = RecordLink(slug).Match(html).Groups[1].Value;
            Assert.True(key.Length > 0, $"/records/{slug} lists no record");
            foreach (var path in new[] { $"/records/{slug}/{key}", $"/records/{slug}/{key}/edit", $"/records/{slug}/new", $"/records/{slug}/{key}/delete" })
                found.AddRange(EnglishIn(path, await http.GetAsync(path)));
        }
        // The bundled round's commitment, edited with a wrong date: the form comes back with its problems in Vietnamese.
        var edit = await SignedInApp.PostFormAsync(http, "/records/commitments/new", new()
        {
            ["key"] = "Bad Key", ["title"] = "", ["deadline"] = "2024-13-45",
        });
        var refused = await edit.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, edit.StatusCode);
        Assert.Contains("Tiêu đề là bắt buộc.", refused, StringComparison.Ordinal);
        Assert.Contains("Thời hạn phải là một ngày viết dạng YYYY, YYYY-MM hoặc YYYY-MM-DD", refused, StringComparison.Ordinal);
        found.AddRange(EnglishIn("/records/commitments/new (refused)", edit, refused));
        Assert.True(found.Count == 0, "English interface text on Vietnamese record pages:\n" + string.Join("\n", found));
    }

    [Fact]
    public async Task A_follow_up_says_what_was_done_in_Vietnamese()
    {
        await using var app = await SignedInApp.StartAsync();
        using var editor = app.Client(app.Token("editor"));
        var created = await editor.PostAsJsonAsync("/api/v1/follow-up/assignments", new { commitment = "evfta-labor-code-2019", lead = "vn-molisa" });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var key = System.Text.Json.Nodes.JsonNode.Parse(await created.Content.ReadAsStringAsync())!["key"]!.GetValue<string>();
        var http = await app.SignInAsync("editor");
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("vi-VN");
        var page = $"/follow-up/assignments/{key}";

        var planned = await SignedInApp.PostFormAsync(http, page + "?handler=action", new() { ["what"] = "Soạn thảo nghị định", ["who"] = "Bộ Lao động" }, page);
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        // The message is shown once, on the page the form leads back to.
        planned = await http.GetAsync(page);
        var html = await planned.Content.ReadAsStringAsync();
        Assert.Contains("Đã lập kế hoạch hành động 1.", html, StringComparison.Ordinal);
        await SignedInApp.PostFormAsync(http, page + "?handler=report", new() { ["date"] = "2026-13-01", ["text"] = "x", ["state"] = "implemented" }, page);
        Assert.Contains("Chưa lưu: date: &#x27;2026-13-01&#x27; không phải là một ngày viết dạng YYYY-MM-DD", await http.GetStringAsync(page), StringComparison.Ordinal);
        var found = EnglishIn(page, planned, html).ToList();
        found.AddRange(EnglishIn("/follow-up/notifications", await http.GetAsync("/follow-up/notifications")));
        await SignedInApp.PostFormAsync(http, "/follow-up/notifications?handler=readall", [], "/follow-up/notifications");
        Assert.Contains("Đã đánh dấu tất cả là đã đọc.", await http.GetStringAsync("/follow-up/notifications"), StringComparison.Ordinal);
        found.AddRange(EnglishIn("/follow-up/narrative", await http.GetAsync("/follow-up/narrative?report=mid-term&party=vn&cycle=4&lang=vi")));
        Assert.True(found.Count == 0, "English interface text on Vietnamese follow-up pages:\n" + string.Join("\n", found));
    }

    /// <summary>
    /// The interface's English on a page asked for in Vietnamese: labels and sentences of two words or more that differ
    /// between the languages (a single word, "admin" or "User", is as likely a user's or a record's name).
    /// </summary>
    private static IEnumerable<string> EnglishIn(string path, HttpResponseMessage response, string? html = null)
    {
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.UnprocessableEntity, $"{path}: {(int)response.StatusCode}");
        html ??= response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        Assert.Contains("<html lang=\"vi\"", html, StringComparison.Ordinal);
        // Record text as typed (class "text", and a history's old and new values) is data in its own language, even where
        // it reads like an interface word ("policy analysis" as a recommendation's mechanism).
        var shown = TypedText().Replace(Hidden().Replace(html, " "), " ");
        var texts = TextNode().Matches(shown).Select(m => m.Groups[1].Value)
            .Concat(ReadAttribute().Matches(shown).Select(m => m.Groups[1].Value))
            .Select(t => WebUtility.HtmlDecode(t).Trim());
        return texts.Where(Untranslated.Value.Contains).Distinct().Select(t => $"{path}: {t}").ToList();
    }

    private static readonly Lazy<HashSet<string>> Untranslated = new(() =>
    {
        var english = Texts(CultureInfo.InvariantCulture);
        var vietnamese = Texts(new CultureInfo("vi"));
        return english.Where(e => vietnamese.TryGetValue(e.Key, out var vi) && vi != e.Value && e.Value.Trim().Contains(' ', StringComparison.Ordinal) && !e.Value.Contains('{', StringComparison.Ordinal))
            .Select(e => e.Value.Trim()).ToHashSet(StringComparer.Ordinal);
    });

    private static Dictionary<string, string> Texts(CultureInfo culture) =>
        new ResourceManager(typeof(Text).FullName!, typeof(Text).Assembly).GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    [GeneratedRegex(@"<(script|style)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    private static Regex RecordLink(string slug) => new($@"href=""/records/{slug}/(?!new"")([a-z0-9][a-z0-9._-]*)""");

    [GeneratedRegex(@"<span class=""text"">[^<]*</span>|<(ins|del)>[^<]*</\1>")]
    private static partial Regex TypedText();

    [GeneratedRegex(@">([^<>]+)<")]
    private static partial Regex TextNode();

    [GeneratedRegex(@"\b(?:title|placeholder|aria-label|alt)=""([^""]*)""")]
    private static partial Regex ReadAttribute();
}
