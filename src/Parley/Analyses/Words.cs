using System.Text.Json;

namespace Parley.Analyses;

/// <summary>Enumeration values as the words users read and type ("in-progress", "joint-statement").</summary>
public static class Words
{
    public static string Of<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
