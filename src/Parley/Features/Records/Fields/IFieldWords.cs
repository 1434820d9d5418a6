using Parley.Web.Localization;

namespace Parley.Features.Records.Fields;

/// <summary>
/// A field's words for a history of changes, whatever record type it belongs to: its label, the words of a stored
/// value (a status member, yes or no), and the columns of rows, all in the reader's language.
/// </summary>
public interface IFieldWords
{
    Message Text { get; }

    /// <summary>The stored value as words of the interface (Enum.…, yes/no); null when it is data shown as it is.</summary>
    Message? WordsOf(string stored);

    /// <summary>For rows: the column holding a part's <paramref name="property"/>; else null.</summary>
    IFieldWords? Part(string property);
}
