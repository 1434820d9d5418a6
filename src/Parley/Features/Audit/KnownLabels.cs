using Parley.Features.Records;

namespace Parley.Features.Audit;

/// <summary>The records a record's page links to, by key: so its history can name "Vietnam" where the entry says "vn".</summary>
public static class KnownLabels
{
    public static IReadOnlyDictionary<string, string> Of(DetailResult detail)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in detail.Fields.Select(f => f.Value).Append(detail.Citations)) Collect(value, labels);
        return labels;
    }

    private static void Collect(DisplayValue value, Dictionary<string, string> labels)
    {
        foreach (var link in value.Links) labels.TryAdd(link.Key, link.Label);
        foreach (var cell in value.Rows.SelectMany(r => r)) Collect(cell, labels);
    }
}
