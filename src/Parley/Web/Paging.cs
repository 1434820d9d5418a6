using System.Globalization;

namespace Parley.Web;

/// <summary>
/// The furthest any list can be paged, checked once for every route before it runs: `page` up to
/// <see cref="MaxPage"/>, `offset` up to <see cref="MaxOffset"/>. A page number past that is a 400 naming the
/// parameter; unchecked, the offset computed from it overflowed into a negative number, which PostgreSQL refuses
/// (a 500) and SQLite reads as "from the start".
/// </summary>
public static class Paging
{
    /// <summary>A million pages: at the largest page size (200) the offset still fits a 32-bit number.</summary>
    public const long MaxPage = 1_000_000;
    public const long MaxOffset = 1_000_000_000;

    /// <summary>The parameter that asks for a page past the furthest, and why; null when there is none.</summary>
    public static (string Name, string Message)? Refusal(IQueryCollection query)
    {
        foreach (var (name, most) in new[] { ("page", MaxPage), ("offset", MaxOffset) })
        {
            var value = query[name].ToString().Trim();
            if (value.Length == 0 || !value.All(char.IsAsciiDigit)) continue;
            if (value.Length > 18 || long.Parse(value, CultureInfo.InvariantCulture) > most)
                return (name, $"{(value.Length <= 24 ? value : value[..21] + "...")} is past the furthest any list can be paged ({most.ToString("N0", CultureInfo.InvariantCulture)})");
        }
        return null;
    }
}
