using Microsoft.Extensions.Localization;
using Parley.Features.Records;

namespace Parley.Web.Localization;

/// <summary>
/// A kind of record's name in the reader's language ("Kind.{slug}" for the plural, "Records_One.{slug}" for one record,
/// in Text.resx), else the kind's own English name.
/// </summary>
public static class KindText
{
    public static string Plural(IStringLocalizer<Text> text, RecordKind kind)
    {
        var translated = text["Kind." + kind.Slug];
        return translated.ResourceNotFound ? kind.Plural : translated.Value;
    }

    public static string Singular(IStringLocalizer<Text> text, RecordKind kind)
    {
        var translated = text["Records_One." + kind.Slug];
        return translated.ResourceNotFound ? kind.Singular : translated.Value;
    }
}
