namespace Parley.Features.Records;

/// <summary>A link to one record's page: its kind's URL segment, its key and what to call it.</summary>
public sealed record RecordRef(string Slug, string Key, string Label, string? Note = null)
{
    public string Href => $"/records/{Slug}/{Uri.EscapeDataString(Key)}";
}
