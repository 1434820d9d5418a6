using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace Parley.Web.Localization;

/// <summary>
/// A sentence or label for a person, named by its entry in Web/Text.resx with the values it holds. A page shows it in
/// the reader's language (<see cref="In"/>); the CLI, which is not localized, prints the English of the same file
/// (<see cref="English"/>). So a message shared by the CLI and a page is written once per language, in one place.
/// A value that is itself a message (a field's label inside "… is required") is put in the same language; a list of
/// messages is joined with commas.
/// </summary>
public sealed record Message(string Name, params object?[] Args)
{
    private static readonly ResourceManager Resources = new(typeof(Text).FullName!, typeof(Text).Assembly);

    /// <summary>
    /// The English where the resources have no such entry: a label described in C# (a kind's field), whose entries a
    /// test keeps equal to it.
    /// </summary>
    public string? Fallback { get; init; }

    /// <summary>The English text (Text.resx), with numbers and dates formatted as the English pages show them.</summary>
    public string English
    {
        get
        {
            var format = Resources.GetString(Name, CultureInfo.InvariantCulture) ?? Fallback ?? Name;
            return Args.Length == 0 ? format : string.Format(Languages.English, format, Args.Select(a => Resolve(a, m => m.English)).ToArray());
        }
    }

    /// <summary>The text in the reader's language (the request's culture).</summary>
    public string In(IStringLocalizer<Text> text)
    {
        var found = text[Name];
        var format = found.ResourceNotFound ? Fallback ?? Name : found.Value;
        return Args.Length == 0 ? format : string.Format(CultureInfo.CurrentCulture, format, Args.Select(a => Resolve(a, m => m.In(text))).ToArray());
    }

    public override string ToString() => English;

    private static object? Resolve(object? value, Func<Message, string> words) => value switch
    {
        Message message => words(message),
        IEnumerable<Message> messages => string.Join(", ", messages.Select(words)),
        _ => value,
    };
}
