using Microsoft.Extensions.Localization;
using Parley.Features.Records;

namespace Parley.Web.Localization;

/// <summary>A status or other closed value in the reader's language ("Enum.{Type}.{Member}" in Text.resx), else in English words.</summary>
public static class EnumLabel
{
    public static string Of(IStringLocalizer<Text> text, Enum value)
    {
        var translated = text[$"Enum.{value.GetType().Name}.{value}"];
        return translated.ResourceNotFound ? EnumText.Of(value) : translated.Value;
    }
}
