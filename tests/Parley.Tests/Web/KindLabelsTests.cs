using System.Collections;
using System.Globalization;
using System.Resources;
using Parley.Features.Records;
using Parley.Web;

namespace Parley.Tests.Web;

/// <summary>
/// Every word a kind of record shows (its names, each field's label and hint, each column, filter and "linked from"
/// heading) has its entry in both resource files, and the English entry is the kind's own English: the C# description
/// and Text.resx cannot drift apart, and no label is left English on a Vietnamese page.
/// </summary>
public class KindLabelsTests
{
    private static Dictionary<string, string> Strings(CultureInfo culture) =>
        new ResourceManager(typeof(Text).FullName!, typeof(Text).Assembly).GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    [Fact]
    public void Every_label_of_every_kind_is_in_both_languages_and_its_English_is_the_kinds()
    {
        var english = Strings(CultureInfo.InvariantCulture);
        var vietnamese = Strings(new CultureInfo("vi"));
        var texts = RecordKinds.All.SelectMany(k => k.Texts()).DistinctBy(t => t.Name).ToList();

        Assert.True(texts.Count > 200, $"only {texts.Count} labels found");
        var missing = texts.Where(t => !english.ContainsKey(t.Name) || !vietnamese.ContainsKey(t.Name)).Select(t => $"{t.Name}\t{t.Fallback}").ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} labels without both entries:\n" + string.Join("\n", missing));
        var drifted = texts.Where(t => english[t.Name] != t.Fallback).Select(t => $"{t.Name}: Text.resx says '{english[t.Name]}', the kind '{t.Fallback}'").ToList();
        Assert.True(drifted.Count == 0, string.Join("\n", drifted));
    }

    [Fact]
    public void Two_labels_with_one_name_say_the_same()
    {
        // A label named twice (a column and a filter share no name, but two kinds' citations do) must not differ.
        var clashes = RecordKinds.All.SelectMany(k => k.Texts()).GroupBy(t => t.Name).Where(g => g.Select(t => t.Fallback).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(" / ", g.Select(t => t.Fallback).Distinct())}").ToList();
        Assert.True(clashes.Count == 0, string.Join("\n", clashes));
    }
}
