using System.Text.RegularExpressions;
using Parley.Web.Localization;

namespace Parley.Features.Records;

/// <summary>Enumeration members as people read them: "JointStatement" is "joint statement".</summary>
public static partial class EnumText
{
    public static string Of(Enum value) => Of(value.ToString());

    /// <summary>The member in the reader's language: its "Enum.{Type}.{Member}" entry in Web/Text.resx, else these English words.</summary>
    public static Message Words(Enum value) => new($"Enum.{value.GetType().Name}.{value}") { Fallback = Of(value) };

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
