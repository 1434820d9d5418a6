using Parley.Web.Localization;

namespace Parley.Features.Records;

/// <summary>How one field of a record reads on its page: plain text, links to other records, or a small table.</summary>
public sealed class DisplayValue
{
    public string? Text { get; init; }
    /// <summary>The text as words of the interface (a status, yes or no), which the page puts in the reader's language.</summary>
    public Message? Words { get; init; }
    public IReadOnlyList<RecordRef> Links { get; init; } = [];
    public IReadOnlyList<Message> Headers { get; init; } = [];
    public IReadOnlyList<IReadOnlyList<DisplayValue>> Rows { get; init; } = [];

    public bool IsTable => Headers.Count > 0;
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && Links.Count == 0 && Rows.Count == 0;

    public static readonly DisplayValue Empty = new();
    public static DisplayValue Of(string? text) => new() { Text = text };
    /// <summary>Words of the interface: English in <see cref="Text"/> (for searching, sorting and export), the reader's language on pages.</summary>
    public static DisplayValue Of(Message words) => new() { Text = words.English, Words = words };
    public static DisplayValue Of(RecordRef? link) => link is null ? Empty : new() { Links = [link] };
    public static DisplayValue Of(IEnumerable<RecordRef> links) => new() { Links = links.ToList() };

    /// <summary>The plain words of the value, for searching and sorting.</summary>
    public override string ToString() =>
        Text ?? string.Join(", ", Links.Select(l => l.Label).Concat(Rows.SelectMany(r => r.Select(c => c.ToString()))));

    /// <summary>The words as the page shows them: interface words in the reader's language, else the text as it is.</summary>
    public string? Shown(Microsoft.Extensions.Localization.IStringLocalizer<Web.Text> text) => Words?.In(text) ?? Text;
}
