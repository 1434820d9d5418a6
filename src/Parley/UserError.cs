using Microsoft.Extensions.Localization;
using Parley.Web;

namespace Parley;

/// <summary>
/// A mistake the user can fix (a missing file, a bad value); shown as one line, never as a stack trace. One made from a
/// <see cref="Web.Localization.Message"/> reads in the reader's language on a page and in English in the CLI.
/// </summary>
public sealed class UserError : Exception
{
    public UserError(string message) : base(message) { }

    public UserError(Web.Localization.Message text) : base(text.English) => Text = text;

    /// <summary>The message with its resource name, when it has one in Web/Text.resx.</summary>
    public Web.Localization.Message? Text { get; }

    /// <summary>The message in the reader's language where it has its resource, else as written (English).</summary>
    public string In(IStringLocalizer<Text> text) => Text?.In(text) ?? Message;
}
