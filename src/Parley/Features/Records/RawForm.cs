namespace Parley.Features.Records;

/// <summary>
/// A form's values as the browser sends them (name → one or more strings). Filled from a record to show the
/// edit form, or from the posted form to validate it and to show it again with the user's input intact.
/// </summary>
public sealed class RawForm
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    public string Get(string name) => _values.TryGetValue(name, out var v) && v.Count > 0 ? v[0] : "";
    public IReadOnlyList<string> GetAll(string name) => _values.TryGetValue(name, out var v) ? v : [];
    public bool Has(string name) => _values.ContainsKey(name);
    public IEnumerable<string> Names => _values.Keys;

    public void Set(string name, string? value) => _values[name] = [value ?? ""];
    public void Set(string name, IEnumerable<string> values) => _values[name] = values.ToList();

    public static RawForm From(IFormCollection form)
    {
        var raw = new RawForm();
        foreach (var (name, values) in form)
            raw.Set(name, values.Select(v => v ?? ""));
        return raw;
    }
}
