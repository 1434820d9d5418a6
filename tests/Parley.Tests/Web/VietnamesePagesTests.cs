using System.Collections;
using System.Globalization;
using System.Net;
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
        var english = Texts(CultureInfo.InvariantCulture);
        var vietnamese = Texts(new CultureInfo("vi"));
        // Labels and sentences of two words or more that differ between the languages: a single word ("admin",
        // "User") is as likely a user's or a record's name as the interface's.
        var untranslated = english.Where(e => vietnamese.TryGetValue(e.Key, out var vi) && vi != e.Value && e.Value.Trim().Contains(' ', StringComparison.Ordinal) && !e.Value.Contains('{', StringComparison.Ordinal))
            .Select(e => e.Value.Trim()).ToHashSet(StringComparer.Ordinal);

        await using var app = await SignedInApp.StartAsync();
        var http = await app.SignInAsync("admin");
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("vi-VN");
        var found = new List<string>();
        foreach (var path in Paths)
        {
            var response = await http.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("<html lang=\"vi\"", html, StringComparison.Ordinal);
            var shown = Hidden().Replace(html, " ");
            // Not yet translated: the audit trail's changes name fields and values in English (field labels, statuses).
            shown = AuditChanges().Replace(shown, " ");
            var texts = TextNode().Matches(shown).Select(m => m.Groups[1].Value)
                .Concat(ReadAttribute().Matches(shown).Select(m => m.Groups[1].Value))
                .Select(t => WebUtility.HtmlDecode(t).Trim());
            found.AddRange(texts.Where(untranslated.Contains).Distinct().Select(t => $"{path}: {t}"));
        }
        Assert.True(found.Count == 0, "English interface text on Vietnamese pages:\n" + string.Join("\n", found));
    }

    private static Dictionary<string, string> Texts(CultureInfo culture) =>
        new ResourceManager(typeof(Text).FullName!, typeof(Text).Assembly).GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    [GeneratedRegex(@"<(script|style)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"<ul class=""fields"">.*?</ul>", RegexOptions.Singleline)]
    private static partial Regex AuditChanges();

    [GeneratedRegex(@">([^<>]+)<")]
    private static partial Regex TextNode();

    [GeneratedRegex(@"\b(?:title|placeholder|aria-label|alt)=""([^""]*)""")]
    private static partial Regex ReadAttribute();
}
