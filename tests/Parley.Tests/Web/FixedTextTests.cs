using System.Net;
using System.Reflection;
using System.Reflection.Emit;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.Hosting;
using Parley.Web;

namespace Parley.Tests.Web;

/// <summary>
/// No page shows English words that a Vietnamese reader cannot switch away from: every text node and every attribute
/// a reader sees (title, placeholder, aria-label, alt, label, the value of a button) comes from the resource files.
/// The check reads the compiled pages themselves, so it sees exactly what Razor writes as markup (no guessing where
/// C# ends and HTML begins): the literal markup each page writes, the literal parts of its attributes, and the words
/// its code puts in the window title or builds into sentences.
/// </summary>
public partial class FixedTextTests
{
    /// <summary>Words that are the same in both languages: names and formats.</summary>
    private static readonly HashSet<string> SameInBoth = new(StringComparer.Ordinal)
    {
        "Parley", "PDF", "CSV", "XLSX", "JSON", "API", "UPR", "Markdown", "HTML", "UN", "SDG", "SDGs", "ID", "OK", "UTC",
    };

    /// <summary>Names of ViewData entries a page sets (the window title's value is checked, not its name).</summary>
    private static readonly HashSet<string> ViewDataNames = new(StringComparer.Ordinal) { "Title" };

    /// <summary>Elements whose content is code or a command typed as it is, never translated.</summary>
    private static readonly HashSet<string> Verbatim = new(StringComparer.OrdinalIgnoreCase) { "code", "kbd", "samp", "pre", "script", "style" };

    /// <summary>Attributes a reader sees or hears (a screen reader reads aria-label and title aloud).</summary>
    private static readonly HashSet<string> ReadAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "placeholder", "aria-label", "alt", "label", "aria-description", "aria-roledescription", "aria-valuetext",
    };

    [Fact]
    public void The_compiled_pages_are_found()
    {
        var pages = Pages().ToList();
        Assert.True(pages.Count > 40, $"only {pages.Count} compiled pages found");
        Assert.Contains(pages, p => p.Path == "/Features/Search/Index.cshtml");
    }

    [Fact]
    public void No_page_shows_English_fixed_text_outside_the_resource_files()
    {
        var root = SourceRoot();
        var found = Pages()
            .SelectMany(p => EnglishIn(p.Type).Select(text => Where(root, p.Path, text)))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(found.Count == 0, $"{found.Count} English texts in pages (put them in Web/Text.resx and Text.vi.resx, ask with T[...]):\n" + string.Join("\n", found));
    }

    [Fact]
    public void The_check_finds_English_in_markup_attributes_and_titles()
    {
        // The scanner itself, on the markup shapes the pages use: a text node, a literal attribute, a window title.
        Assert.Equal(["Count exactly"], TextIn(["<a", ">Count exactly</a>"]));
        Assert.Equal(["Narrow the results"], TextIn(["<aside class=\"facets\" aria-label=\"Narrow the results\">"]));
        Assert.Empty(TextIn(["<p class=\"muted\">", ". ", "</p>", "<code>parley users add</code>", "<span> · </span>"]));
        Assert.Equal(["Search"], TextIn(["<input type=\"submit\" value=\"Search\" />"]));
        Assert.Empty(TextIn(["<input type=\"hidden\" name=\"q\" value=\"Search\" />"]));
        Assert.True(LooksLikeProse("Search"));
        Assert.True(LooksLikeProse("Search: "));
        Assert.False(LooksLikeProse("Search.Title"));
        Assert.False(LooksLikeProse("/records/"));
        Assert.False(LooksLikeProse("search-results facets"));
    }

    /// <summary>Closed sets the pages name word by word ("Risk.Level." + the member): each member needs its text.</summary>
    public static TheoryData<string, Type> WordFamilies => new()
    {
        { "Powers.Power.", typeof(Parley.Domain.Power) },
        { "Enforceability.Flag.", typeof(Parley.Analyses.Enforceability.FlagKind) },
        { "Enforceability.Criterion.", typeof(Parley.Analyses.Enforceability.Criterion) },
        { "Framing.Kind.", typeof(Parley.Domain.StatementKind) },
        { "Framing.Category.", typeof(Parley.Domain.LexiconCategory) },
        { "Framing.Finding.", typeof(Parley.Analyses.Framing.FindingKind) },
        { "Risk.Level.", typeof(Parley.Domain.RiskLevel) },
        { "Risk.TrendIs.", typeof(Parley.Analyses.Risk.RiskTrend) },
        { "Treaties.Participation.", typeof(Parley.Domain.TreatyParticipation) },
        { "Treaties.Response.", typeof(Parley.Domain.RecommendationResponse) },
        { "PartyUpr.Response.", typeof(Parley.Domain.RecommendationResponse) },
        { "Cascade.Kind.", typeof(Parley.Domain.FrameworkKind) },
        { "Timeline.RoundStatus.", typeof(Parley.Domain.RoundStatus) },
        { "Timeline.CaseEventKind.", typeof(Parley.Domain.CaseEventKind) },
        { "Timeline.FrameworkEventKind.", typeof(Parley.Domain.FrameworkEventKind) },
        { "Themes.Status.", typeof(Parley.Features.Tagging.ThemeSuggestionStatus) },
    };

    [Theory]
    [MemberData(nameof(WordFamilies))]
    public void Every_member_of_a_closed_set_has_its_words(string prefix, Type members)
    {
        var texts = new System.Resources.ResourceManager(typeof(Text).FullName!, typeof(Text).Assembly);
        var missing = Enum.GetNames(members).Where(m => texts.GetString(prefix + m, System.Globalization.CultureInfo.InvariantCulture) is null).ToList();
        Assert.True(missing.Count == 0, $"no text for {string.Join(", ", missing.Select(m => prefix + m))}");
    }

    private sealed record Page(string Path, Type Type);

    private static IEnumerable<Page> Pages() =>
        typeof(Text).Assembly.GetCustomAttributes<RazorCompiledItemAttribute>()
            .Select(a => new Page(a.Identifier, a.Type));

    /// <summary>The English a compiled page writes: literal text nodes and attributes, and prose its code builds.</summary>
    private static IEnumerable<string> EnglishIn(Type page)
    {
        // A page's model builds some of its words (counts, headings): read it too.
        var model = page.GetProperty("Model")?.PropertyType;
        Type[] types = model is not null && model.Assembly == page.Assembly && model.IsSubclassOf(typeof(Microsoft.AspNetCore.Mvc.RazorPages.PageModel)) ? [page, model] : [page];
        var methods = types.SelectMany(TypeAndNested)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Cast<MethodBase>()
                .Concat(t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)));
        var names = types.SelectMany(TypeAndNested).SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static))
            .Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var method in methods.Where(m => !m.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false)))
        {
            var markup = new List<string>();
            foreach (var (kind, text) in StringsOf(method))
            {
                if (kind == Use.Markup) markup.Add(text);
                // A property's name (nameof, a form field's name in ModelState) is code, not words.
                else if ((kind == Use.Attribute && HasEnglish(text) && !ResourceName().IsMatch(text.Trim()))
                    || (kind == Use.Code && !names.Contains(text) && !ViewDataNames.Contains(text) && LooksLikeProse(text))) yield return text.Trim();
            }
            foreach (var text in TextIn(markup)) yield return text;
        }
    }

    private static IEnumerable<Type> TypeAndNested(Type type) => [type, .. type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic).SelectMany(TypeAndNested)];

    private enum Use { Markup, Attribute, Code }

    /// <summary>
    /// The string constants a method loads, with what consumes them: Razor's WriteLiteral (markup), the literal part of
    /// an attribute value (WriteAttributeValue, AddHtmlAttributeValue, a tag helper's HtmlString attribute), the value
    /// set as the window title, or anything else (code). Resource names asked of the localizer are left out.
    /// </summary>
    private static IEnumerable<(Use, string)> StringsOf(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var module = method.Module;
        var pending = new List<string>();
        string? attribute = null;
        var at = 0;
        var previous = OpCodes.Nop;
        while (at < il.Length)
        {
            var code = il[at] == 0xFE ? OneByte[0] : OneByte[il[at]];
            if (il[at] == 0xFE) code = TwoByte[il[at + 1]];
            at += code.Size;
            var operand = code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
                _ => 4,
            };
            var token = operand == 4 ? BitConverter.ToInt32(il, at) : 0;
            at += operand;
            var before = previous;
            previous = code;
            if (code == OpCodes.Ldstr)
            {
                pending.Add(module.ResolveString(token));
                continue;
            }
            if (code != OpCodes.Call && code != OpCodes.Callvirt && code != OpCodes.Newobj) continue;
            MethodBase? called;
            try { called = module.ResolveMethod(token); }
            catch (ArgumentException) { called = null; }
            if (called is null || pending.Count == 0) continue;
            // A call takes the strings loaded last, one per string or object parameter; a getter leaves them waiting.
            var takes = Math.Min(pending.Count, called.GetParameters().Count(p => p.ParameterType == typeof(string) || p.ParameterType == typeof(object) || p.ParameterType == typeof(object[])));
            var taken = pending.GetRange(pending.Count - takes, takes);
            pending.RemoveRange(pending.Count - takes, takes);
            var name = called.Name;
            var declaring = called.DeclaringType?.Name ?? "";
            if (taken.Count == 0) continue;
            switch (name)
            {
                case "WriteLiteral":
                    foreach (var s in taken) yield return (Use.Markup, s);
                    break;
                case "BeginWriteAttribute" or "BeginAddHtmlAttributeValues":
                    attribute = taken[0];
                    break;
                case "WriteAttributeValue" or "AddHtmlAttributeValue":
                    // The last argument says whether the value is literal text (true) or an expression's result.
                    if (before == OpCodes.Ldc_I4_1 && taken.Count >= 2 && attribute is not null && ReadAttributes.Contains(attribute)) yield return (Use.Attribute, taken[^1]);
                    break;
                case ".ctor" when declaring == "HtmlString":
                    // new TagHelperAttribute("aria-label", new HtmlString("…")): the attribute's name is still waiting.
                    if (pending.Count > 0 && ReadAttributes.Contains(pending[^1])) yield return (Use.Attribute, taken[^1]);
                    break;
                case "op_Equality" or "op_Inequality" or "Equals" or "Contains" or "StartsWith" or "EndsWith" or "IndexOf" or "Compare":
                    // Compared with, not shown: a constant a switch or a test matches.
                    break;
                case var setter when setter.StartsWith("set_", StringComparison.Ordinal) && declaring.EndsWith("TagHelper", StringComparison.Ordinal):
                    // A tag helper's setting (asp-page-handler="Decide"), not an attribute the page writes.
                    break;
                case ".ctor" when declaring == "TagHelperAttribute":
                    // A tag helper's setting kept for every render (asp-page-handler="Decide"); read attributes come as HtmlString above.
                    break;
                case ".ctor" when declaring.StartsWith("<>f__AnonymousType", StringComparison.Ordinal):
                    // Values of an anonymous object: the audit trail's record of a change, data rather than a page's words.
                    break;
                case "set_Item" or "get_Item" or "TryGetValue" or "ContainsKey" or "Remove":
                    // The first string is a name (a resource, a ViewData entry, a route value); the window title's value is read.
                    if (declaring.StartsWith("IStringLocalizer", StringComparison.Ordinal) || declaring.StartsWith("IHtmlLocalizer", StringComparison.Ordinal)) break;
                    foreach (var s in taken.Skip(1)) yield return (Use.Code, s);
                    break;
                default:
                    foreach (var s in taken) yield return (Use.Code, s);
                    break;
            }
        }
        foreach (var s in pending) yield return (Use.Code, s);
    }

    private static readonly OpCode[] OneByte = new OpCode[0x100];
    private static readonly OpCode[] TwoByte = new OpCode[0x100];

    static FixedTextTests()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var code = (OpCode)field.GetValue(null)!;
            var value = (ushort)code.Value;
            if (code.Size == 1) OneByte[value] = code;
            else TwoByte[value & 0xFF] = code;
        }
    }

    /// <summary>
    /// The English in a page's literal markup, read in the order Razor writes it: text between tags (outside code and
    /// scripts) and the read attributes of literal tags. The chunks join where Razor wrote an expression.
    /// </summary>
    private static List<string> TextIn(IEnumerable<string> chunks)
    {
        var found = new List<string>();
        var inTag = false;
        char? quote = null;
        var tag = new StringBuilder();
        var text = new StringBuilder();
        var verbatim = 0;
        foreach (var chunk in chunks)
        {
            foreach (var c in chunk)
            {
                if (!inTag)
                {
                    if (c == '<')
                    {
                        Flush();
                        inTag = true;
                        tag.Clear();
                    }
                    else text.Append(c);
                    continue;
                }
                if (quote is { } q)
                {
                    if (c == q) quote = null;
                    tag.Append(c);
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                    tag.Append(c);
                }
                else if (c == '>')
                {
                    inTag = false;
                    Tag(tag.ToString());
                }
                else tag.Append(c);
            }
            // An expression sits between two chunks: the text on either side is not one sentence.
            Flush();
        }
        Flush();
        return found;

        void Flush()
        {
            var t = WebUtility.HtmlDecode(text.ToString()).Trim();
            text.Clear();
            // A path shown as a link's text (/api/v1/…) is typed as it is, in any language.
            if (verbatim == 0 && !t.StartsWith('/') && HasEnglish(t)) found.Add(t);
        }

        void Tag(string inside)
        {
            var element = TagName().Match(inside);
            if (!element.Success) return;
            var closing = element.Groups[1].Value == "/";
            var name = element.Groups[2].Value;
            if (Verbatim.Contains(name)) verbatim = Math.Max(0, verbatim + (closing ? -1 : inside.TrimEnd().EndsWith('/') ? 0 : 1));
            if (closing) return;
            var attributes = LiteralAttribute().Matches(inside)
                .GroupBy(m => m.Groups[1].Value.ToLowerInvariant())
                .ToDictionary(g => g.Key, g => g.First().Groups[3].Value + g.First().Groups[4].Value);
            foreach (var (attribute, value) in attributes)
            {
                var read = ReadAttributes.Contains(attribute)
                    || (attribute == "value" && name.Equals("input", StringComparison.OrdinalIgnoreCase)
                        && attributes.TryGetValue("type", out var type) && type is "submit" or "button" or "reset");
                var decoded = WebUtility.HtmlDecode(value).Trim();
                if (read && HasEnglish(decoded)) found.Add(decoded);
            }
        }
    }

    /// <summary>Words of two letters or more, other than names that stay the same in both languages.</summary>
    private static bool HasEnglish(string text) =>
        Words().Matches(text).Any(w => w.Value.Length >= 2 && !SameInBoth.Contains(w.Value));

    /// <summary>
    /// A string built in code that reads as English to a person: it starts with a capitalised word ("Search",
    /// "Search: ") or holds two words with a space between them, and is not a resource name, a path or a CSS class list.
    /// </summary>
    private static bool LooksLikeProse(string text)
    {
        var t = text.Trim();
        if (t.Length < 2 || ResourceName().IsMatch(t) || t.StartsWith('/') || t.StartsWith("http", StringComparison.Ordinal)) return false;
        if (!HasEnglish(t)) return false;
        if (CapitalisedWord().IsMatch(t)) return true;
        return EnglishSentence().IsMatch(t);
    }

    /// <summary>"Features/Search/Index.cshtml:6: Search", the line found by the text's first words.</summary>
    private static string Where(string root, string page, string text)
    {
        var file = Path.Combine(root, page.TrimStart('/'));
        var probe = text.Split('\n')[0].Trim();
        probe = probe.Length > 40 ? probe[..40] : probe;
        var line = 0;
        if (File.Exists(file))
        {
            var lines = File.ReadAllLines(file);
            var encoded = WebUtility.HtmlEncode(probe);
            line = Array.FindIndex(lines, l => l.Contains(probe, StringComparison.Ordinal) || l.Contains(encoded, StringComparison.Ordinal)) + 1;
            if (line == 0)
            {
                // Text the page model builds lives in its code-behind.
                var model = file + ".cs";
                if (File.Exists(model))
                {
                    var modelLines = File.ReadAllLines(model);
                    var found = Array.FindIndex(modelLines, l => l.Contains(probe, StringComparison.Ordinal)) + 1;
                    if (found > 0) return $"{page.TrimStart('/')}.cs:{found}: {text}";
                }
            }
        }
        return $"{page.TrimStart('/')}:{line}: {text}";
    }

    private static string SourceRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Parley.slnx"))) root = root.Parent!;
        return Path.Combine(root.FullName, "src", "Parley");
    }

    [GeneratedRegex(@"^\s*(/?)([A-Za-z][A-Za-z0-9-]*)")]
    private static partial Regex TagName();

    [GeneratedRegex(@"([A-Za-z][A-Za-z0-9_:-]*)\s*=\s*(""([^""]*)""|'([^']*)')")]
    private static partial Regex LiteralAttribute();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9]*([._][A-Za-z0-9_-]+)+$")]
    private static partial Regex ResourceName();

    [GeneratedRegex(@"^[A-Z][a-z]+\b(?![.(\[])")]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"\b[A-Za-z]{2,}\s+(the|a|an|of|to|in|for|and|or|no|not|is|are|was|by|on|with|from|at|as|this|that|these|all|any|none|each|every|one|more|than|yet)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishSentence();
}
