using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Search;

/// <summary>
/// The linked records a search entry names (a party, an instrument, issue areas), whether the record being indexed
/// carries them or only their ids: links it lacks are looked up in the store when there is one (an edit of another
/// field), and left out when there is none (records built by the generator carry theirs).
/// </summary>
public sealed partial class SearchLinks(ParleyDb? db, EntityEntry? record)
{
    private const int TitleLength = 140;

    /// <summary>The linked record, loaded or looked up by id.</summary>
    public T? Find<T>(T? loaded, int? id) where T : class => loaded ?? (id is { } value and > 0 ? db?.Set<T>().Find(value) : null);

    public string? PartyKey(Party? party, int? id) => Find(party, id)?.Key;

    /// <summary>A record loaded without its issue areas (an edit of another field) has them loaded here, not dropped.</summary>
    public List<string> Areas(List<IssueArea> areas)
    {
        // New and bulk-written (untracked) records carry their areas already; stored ones may need them loaded.
        if (record is { State: not (EntityState.Added or EntityState.Detached) } && record.Collection("IssueAreas") is { IsLoaded: false } collection) collection.Load();
        return [.. areas.Select(a => a.Key).Distinct().Order(StringComparer.Ordinal)];
    }

    public static string Join(params string?[] parts) => string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>A long text cut at a word for a title.</summary>
    public static string Shorten(string text) =>
        text.Length <= TitleLength ? text : text[..(text.LastIndexOf(' ', TitleLength) is var cut and > 40 ? cut : TitleLength)] + "…";

    /// <summary>An enumeration value as the status facet names it: "partly-implemented".</summary>
    public static string Kebab<TEnum>(TEnum value) where TEnum : struct, Enum => KebabBoundary().Replace(value.ToString(), "$1-$2").ToLowerInvariant();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex KebabBoundary();
}
