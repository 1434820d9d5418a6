using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Store;

namespace Parley.Tests.Features.Accounts;

/// <summary>
/// A store in which every case name is also written into every free-text field of every kind, in the spellings that
/// used to slip past withholding: as written, without diacritics (đ as d), in capitals, hyphenated and joined by each
/// zero-width character. A case is added with a name that has đ, and another is renamed after its name was planted,
/// so its former name is in the text too. <see cref="Leaks"/> finds a name in any of those spellings in what a reader got.
/// </summary>
public static class PlantedNames
{
    /// <summary>The case renamed after planting: its former name must stay withheld.</summary>
    public const string FormerName = "Nguyễn Văn Bình";

    /// <summary>Plants the names and returns every name withheld (current and former), as written.</summary>
    public static async Task<IReadOnlyList<string>> PlantAsync(ParleyDb db)
    {
        var party = await db.Parties.FirstAsync(p => p.Key == "vn");
        db.Cases.Add(new Case { Key = "planted-dang-dinh-bach", PersonName = "Đặng Đình Bách", Party = party, Status = CaseStatus.Detained });
        await db.SaveChangesAsync();
        var names = await db.Cases.Select(c => c.PersonName).ToListAsync();

        var spellings = names.SelectMany(Spellings).ToList();
        var next = 0;
        string Plant(string? text) => $"{text} (about {spellings[next++ % spellings.Count]})";
        foreach (var type in db.Model.GetEntityTypes().Where(t => !t.IsOwned() && typeof(IKeyed).IsAssignableFrom(t.ClrType)))
        {
            var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(type.ClrType).Invoke(db, null)!;
            foreach (var record in await set.ToListAsync())
            {
                var entries = new List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry> { db.Entry(record) };
                // Owned parts (citations, delegates, events, status history) are texts of the record too.
                for (var i = 0; i < entries.Count; i++)
                    foreach (var owned in entries[i].Navigations.Where(n => n.Metadata.TargetEntityType.IsOwned()))
                        foreach (var part in owned.CurrentValue is System.Collections.IEnumerable many ? many.Cast<object>() : owned.CurrentValue is { } one ? [one] : [])
                            entries.Add(db.Entry(part));
                foreach (var entry in entries)
                    foreach (var property in entry.Properties.Where(p => p.Metadata.ClrType == typeof(string) && FreeText(p.Metadata.Name)))
                    {
                        if (!(record is Case && property.Metadata.Name == nameof(Case.PersonName)))
                            property.CurrentValue = Plant((string?)property.CurrentValue);
                    }
                foreach (var entry in entries)
                    foreach (var list in entry.Properties.Where(p => p.Metadata.ClrType == typeof(List<string>) && p.Metadata.Name != "Areas"))
                        list.CurrentValue = new List<string>((List<string>?)list.CurrentValue ?? []) { Plant("") };
            }
        }
        await db.SaveChangesAsync();

        var renamed = await db.Cases.SingleAsync(c => c.PersonName == FormerName);
        renamed.PersonName = "Nguyễn V. B.";
        await db.SaveChangesAsync();
        return [.. names, renamed.PersonName];
    }

    /// <summary>Record keys, language codes and addresses are not free text; everything else is.</summary>
    private static bool FreeText(string property) => property is not ("Key" or "Language" or "Url" or "Label");

    public static IEnumerable<string> Spellings(string name)
    {
        var words = name.Split(' ');
        yield return name;
        yield return Stripped(name);
        yield return name.ToUpperInvariant();
        yield return Stripped(name).ToLowerInvariant();
        yield return string.Join("-", words);
        yield return string.Join("-", Stripped(name).Split(' '));
        foreach (var joiner in new[] { "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF" })
            yield return string.Join(joiner, words);
    }

    /// <summary>Diacritics off and đ as d, the way people type a Vietnamese name on an English keyboard.</summary>
    public static string Stripped(string text)
    {
        var plain = new StringBuilder();
        foreach (var c in text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) plain.Append(c);
        return plain.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The names found in <paramref name="text"/> (a page's visible text, an API answer, a PDF's text), in any planted
    /// spelling: both are reduced to their letters, folded here independently of the program's own folding.
    /// </summary>
    public static IEnumerable<string> Leaks(string text, IEnumerable<string> names)
    {
        var letters = Letters(text);
        return names.Where(n => letters.Contains(Letters(n), StringComparison.Ordinal));
    }

    private static string Letters(string text) =>
        string.Concat(Stripped(text).ToLowerInvariant().Where(char.IsLetterOrDigit));
}
