using System.Text.RegularExpressions;

namespace Parley.Features.Records;

/// <summary>Enumeration members as people read them: "JointStatement" is "joint statement".</summary>
public static partial class EnumText
{
    public static string Of(Enum value) => Of(value.ToString());

    public static string Of(string member) => Words().Replace(member, " $1").Trim().ToLowerInvariant() switch
    {
        "mou" => "MOU",
        "un body" => "UN body",
        "ngo" => "NGO",
        var words => words,
    };

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Words();
}
