using System.Text.Json;

namespace Parley.Features.Audit;

/// <summary>What an audit entry changed, field by field, for showing a record's history to a person.</summary>
public static class AuditChanges
{
    /// <summary>
    /// The fields whose values differ between before and after (all set fields for a create or a delete),
    /// in field order. Lists (delegates, citations) are shown as compact JSON.
    /// </summary>
    public static IReadOnlyList<FieldChange> Of(AuditEntryView entry)
    {
        var before = Fields(entry.Before);
        var after = Fields(entry.After);
        return before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Select(field => new FieldChange(field, before.GetValueOrDefault(field), after.GetValueOrDefault(field)))
            .Where(change => change.Before != change.After)
            .ToList();
    }

    private static Dictionary<string, string?> Fields(JsonElement? values)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (values is not { ValueKind: JsonValueKind.Object } json) return fields;
        foreach (var property in json.EnumerateObject())
            fields[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Array when property.Value.GetArrayLength() == 0 => null,
                _ => property.Value.GetRawText(),
            };
        return fields;
    }
}
