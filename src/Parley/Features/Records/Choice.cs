using Parley.Web.Localization;

namespace Parley.Features.Records;

/// <summary>One option of a select or filter: the value sent and the words shown (in the reader's language when <see cref="Words"/> is set).</summary>
public sealed record Choice(string Value, string Text)
{
    /// <summary>The words as a resource (a status, a response), put in the reader's language by the page; null: <see cref="Text"/> as it is (a record's name).</summary>
    public Message? Words { get; init; }

    /// <summary>A member of a closed set, named by its "Enum.{Type}.{Member}" entry, else in English words.</summary>
    public static Choice Of(Enum value) => new(value.ToString(), EnumText.Of(value)) { Words = EnumText.Words(value) };
}
