using Parley.Domain;

namespace Parley.Features.Briefings;

/// <summary>Finds a record by key or by a case- and diacritic-insensitive unique fragment of its name.</summary>
public static class RecordName
{
    public static T Resolve<T>(IReadOnlyList<T> records, string name, string kind, Func<T, string> display) where T : IKeyed
    {
        if (records.FirstOrDefault(r => r.Key == name) is { } exact) return exact;
        var wanted = CaseRedaction.Fold(name.Trim());
        var matches = records.Where(r => CaseRedaction.Fold(display(r)).Contains(wanted, StringComparison.Ordinal)).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new UserError($"no {kind} named '{name}'; known: {string.Join(", ", records.Select(r => r.Key).Order(StringComparer.Ordinal))}"),
            _ => throw new UserError($"'{name}' names more than one {kind}: {string.Join(", ", matches.Select(r => $"{r.Key} ({display(r)})"))}"),
        };
    }
}
