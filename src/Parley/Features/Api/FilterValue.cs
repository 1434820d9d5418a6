using Parley.Domain;
using Parley.Features.Interchange;

namespace Parley.Features.Api;

/// <summary>Reads a filter's value from the query string; a value that does not fit is refused with the allowed ones.</summary>
internal static class FilterValue
{
    public static int Year(string value) =>
        int.TryParse(value, out var year) && year is >= 1 and <= 9999 ? year : throw new BadFilter("must be a year such as 2023");

    public static TEnum Word<TEnum>(string value) where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
            if (KebabEnumConverter.Word(candidate).Equals(value, StringComparison.OrdinalIgnoreCase)) return candidate;
        throw new BadFilter($"'{value}' is not allowed; use one of: {string.Join(", ", KebabEnumConverter.Words<TEnum>())}");
    }

    /// <summary>The first and the first-after day of a year, to find partial dates within it ("2023", "2023-05", "2023-05-01").</summary>
    public static (PartialDate From, PartialDate To) YearRange(string value)
    {
        var year = Year(value);
        return (new PartialDate(year), new PartialDate(Math.Min(year + 1, 9999)));
    }
}
