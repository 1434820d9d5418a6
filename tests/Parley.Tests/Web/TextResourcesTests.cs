using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Parley.Domain;
using Parley.Features.Records;
using Parley.Web;

namespace Parley.Tests.Web;

/// <summary>The interface's fixed text exists in English and Vietnamese alike: no name without a translation, no page asking for a missing name.</summary>
public partial class TextResourcesTests
{
    private static readonly ResourceManager Resources = new(typeof(Text).FullName!, typeof(Text).Assembly);

    private static Dictionary<string, string> Strings(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    /// <summary>Names whose text is the same in both languages: each language's own name.</summary>
    private static readonly HashSet<string> SameInBoth = ["Language.en", "Language.vi", "RecordsMsg.List"];

    [Fact]
    public void Every_English_text_has_a_Vietnamese_translation_with_the_same_blanks()
    {
        var english = Strings(CultureInfo.InvariantCulture);
        var vietnamese = Strings(new CultureInfo("vi"));

        Assert.True(english.Count > 100, $"only {english.Count} English texts: the resources were not found");
        Assert.Empty(english.Keys.Except(vietnamese.Keys).Order());
        Assert.Empty(vietnamese.Keys.Except(english.Keys).Order());
        foreach (var (name, text) in english)
        {
            var translated = vietnamese[name];
            Assert.False(string.IsNullOrWhiteSpace(translated), $"{name} has an empty Vietnamese text");
            if (!SameInBoth.Contains(name)) Assert.True(translated != text, $"{name} is English in the Vietnamese file: '{text}'");
            Assert.Equal(Blanks().Matches(text).Select(m => m.Value).Order(), Blanks().Matches(translated).Select(m => m.Value).Order());
        }
    }

    [Fact]
    public void Every_kind_of_record_and_status_has_a_name_in_both_languages()
    {
        var english = Strings(CultureInfo.InvariantCulture);
        var wanted = RecordKinds.All.Select(k => "Kind." + k.Slug)
            .Concat(Enum.GetNames<CaseStatus>().Select(n => "Enum.CaseStatus." + n))
            .Concat(Enum.GetNames<CommitmentStatus>().Select(n => "Enum.CommitmentStatus." + n));
        var missing = wanted.Where(name => !english.ContainsKey(name)).ToList();
        Assert.True(missing.Count == 0, "no text for " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_text_a_page_asks_for_exists()
    {
        var english = Strings(CultureInfo.InvariantCulture);
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Parley.slnx"))) root = root.Parent!;
        var asked = Directory.EnumerateFiles(Path.Combine(root.FullName, "src", "Parley"), "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => Asked().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Name: m.Groups[1].Value)))
            .ToList();

        Assert.True(asked.Count > 100, $"only {asked.Count} texts asked for: the pages were not found");
        Assert.Empty(asked.Where(a => !english.ContainsKey(a.Name)).Select(a => $"{a.File}: {a.Name}").Distinct());
    }

    [GeneratedRegex(@"\{\d+[^}]*\}")]
    private static partial Regex Blanks();

    [GeneratedRegex(@"\bT\[""([^""]+)""\s*[\],]")]
    private static partial Regex Asked();
}
