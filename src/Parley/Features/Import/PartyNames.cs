using System.Net;
using System.Text;
using Parley.Analyses.Matching;
using Parley.Domain;

namespace Parley.Features.Import;

/// <summary>
/// Matches party names as files spell them against the store's parties, by name and aliases, ignoring case,
/// diacritics (folded by <see cref="Folding"/> like all matching), spacing and punctuation ("Viet Nam" = "Vietnam",
/// "Côte d'Ivoire" = "Cote d'Ivoire", "Bosnia &amp; Herzegovina" = "Bosnia and Herzegovina"), and makes keys for
/// parties that are new.
/// </summary>
public sealed class PartyNames
{
    private readonly Dictionary<string, Party> _byName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    public PartyNames(IEnumerable<Party> parties)
    {
        foreach (var party in parties) Add(party);
    }

    public Party? Find(string name) => _byName.GetValueOrDefault(Compact(name));

    public void Add(Party party)
    {
        _keys.Add(party.Key);
        foreach (var name in party.Aliases.Prepend(party.Name)) _byName.TryAdd(Compact(name), party);
    }

    /// <summary>A key for a new party named <paramref name="name"/>, not yet taken: "Côte d'Ivoire" → "cote-d-ivoire".</summary>
    public string NewKey(string name)
    {
        var slug = Slug(name);
        var key = slug;
        for (var n = 2; _keys.Contains(key); n++) key = $"{slug}-{n}";
        return key;
    }

    /// <summary>A name as a file gives it, with HTML entities ("&amp;#40;Unknown&amp;#41;") decoded and spaces tidied.</summary>
    public static string Clean(string name) => string.Join(' ', WebUtility.HtmlDecode(name).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Names that say the party is not known; such a row has no party on that side.</summary>
    public static bool IsUnknown(string name) => Compact(name) is "unknown" or "";

    public static string Compact(string name)
    {
        var text = Folding.Fold(WebUtility.HtmlDecode(name)).Replace("&", "and", StringComparison.Ordinal);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
            if (char.IsLetterOrDigit(c)) builder.Append(c);
        return builder.ToString();
    }

    public static string Slug(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in Folding.Fold(Clean(name)).Replace("&", " and ", StringComparison.Ordinal))
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        if (slug.Length > 100) slug = slug[..100].TrimEnd('-');
        return slug.Length == 0 ? "party" : slug;
    }
}
