using System.Text.Json;
using Parley.Domain;

namespace Parley.Features.Records;

/// <summary>One audit entry as a record's history shows it: who, when, what, and the values that changed.</summary>
public sealed record HistoryLine(AuditEntry Entry, IReadOnlyList<(string Field, string? Before, string? After)> Changes)
{
    public static HistoryLine Of(AuditEntry entry)
    {
        var before = Values(entry.Before);
        var after = Values(entry.After);
        var changes = before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Select(k => (Field: k, Before: before.GetValueOrDefault(k), After: after.GetValueOrDefault(k)))
            .Where(c => c.Before != c.After)
            .ToList();
        return new HistoryLine(entry, changes);
    }

    private static Dictionary<string, string?> Values(string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => p.Value.GetString(),
            _ => p.Value.GetRawText(),
        });
    }
}
