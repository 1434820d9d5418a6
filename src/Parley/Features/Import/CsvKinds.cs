using System.Collections;
using System.Reflection;
using System.Text.Json;
using Parley.Features.Interchange.Document;

namespace Parley.Features.Import;

/// <summary>
/// The kinds of record a CSV file can hold, one per file, taken from the interchange document itself: a kind is a
/// list of <see cref="ParleyDocument"/>, its columns are the fields of that list's record, so CSV and JSON never
/// drift apart.
/// </summary>
public sealed class CsvKinds
{
    public static IReadOnlyList<CsvKind> All { get; } = typeof(ParleyDocument).GetProperties()
        .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(List<>))
        // The issue mapping is settings, not records: it has no keys to match rows on and is edited on /import/mapping.
        .Where(p => p.Name != nameof(ParleyDocument.IssueMapping))
        // A follow-up is one record with numbered parts (actions, indicators, reports) that point at each other: JSON only.
        .Where(p => p.Name != nameof(ParleyDocument.FollowUps))
        .Select(p => new CsvKind(JsonNamingPolicy.CamelCase.ConvertName(p.Name), p))
        .ToList();

    public static string Names => string.Join(", ", All.Select(k => k.Name));

    /// <summary>The kind a user named: "issueAreas", "issue-areas" and "IssueAreas" are the same.</summary>
    public static CsvKind? Find(string name)
    {
        static string Plain(string s) => s.Replace("-", "").Replace("_", "").ToLowerInvariant();
        return All.FirstOrDefault(k => Plain(k.Name) == Plain(name));
    }
}

/// <summary>One kind: its name in the document, its record type and that record's fields (the CSV columns).</summary>
public sealed class CsvKind(string name, PropertyInfo list)
{
    public string Name { get; } = name;
    public Type RecordType { get; } = list.PropertyType.GetGenericArguments()[0];
    public IReadOnlyList<ParameterInfo> Fields => RecordType.GetConstructors().Single().GetParameters();
    public static string FieldName(ParameterInfo p) => JsonNamingPolicy.CamelCase.ConvertName(p.Name!);

    public IList? From(ParleyDocument document) => (IList?)list.GetValue(document);

    public ParleyDocument DocumentWith(IList records)
    {
        var document = new ParleyDocument();
        list.SetValue(document, records);
        return document;
    }

    public IList NewList() => (IList)Activator.CreateInstance(list.PropertyType)!;
}
