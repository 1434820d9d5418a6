using Parley.Domain;
using Parley.Web.Localization;

namespace Parley.Features.Records.Fields;

/// <summary>Links to any number of records of another kind (a case's charges, a commitment's frameworks).</summary>
public sealed class LinksField<T, TTarget>(string name, string label, Func<T, List<TTarget>> get) : Field<T>(name, label)
    where T : class where TTarget : class, IKeyed
{
    public override void Write(T record, RawForm form, string prefix) => form.Set(prefix + Name, get(record).Select(t => t.Key));

    public override async Task ReadAsync(T record, RawForm form, string prefix, FormContext context)
    {
        var keys = Keys(form, prefix);
        var records = await context.FindAllAsync<TTarget>(keys);
        var chosen = new List<TTarget>();
        foreach (var key in keys)
        {
            if (records.TryGetValue(key, out var target)) chosen.Add(target);
            else context.Error(prefix + Name, new Message("RecordsMsg.NoSuchLinked", Text, One<TTarget>(), key));
        }
        if (chosen.Count == 0 && Required) context.Error(prefix + Name, Missing);
        var list = get(record);
        // Only real changes touch the link table, so an unchanged save does not rewrite the links.
        if (!list.Select(t => t.Key).Order().SequenceEqual(chosen.Select(t => t.Key).Order()))
        {
            list.Clear();
            list.AddRange(chosen);
        }
    }

    /// <summary>
    /// The identifiers chosen: one per value when the picker's script sent them as chips, or several in one value,
    /// separated by commas or lines, when the browser ran no script and the user typed them.
    /// </summary>
    private List<string> Keys(RawForm form, string prefix) =>
        form.GetAll(prefix + Name).SelectMany(v => v.Split([',', '\n', '\r', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal).ToList();

    public override async Task<FieldView> ViewAsync(RawForm form, string prefix, FormContext context)
    {
        // Picked by typing, asking the server, never from a list of all; only the records already chosen are read, for their names.
        var keys = Keys(form, prefix);
        var kind = RecordKinds.Of<TTarget>();
        var found = await context.FindAllAsync<TTarget>(keys);
        return new()
        {
            Name = prefix + Name, Label = Text, Input = "typeahead-many", Required = Required,
            Hint = HintText ?? new Message("RecordsMsg.HintLinks", One<TTarget>()),
            Values = keys, Error = context.ErrorFor(prefix + Name), Lookup = kind.Slug,
            Choices = keys.Select(k => new Choice(k, found.TryGetValue(k, out var r) ? kind.LabelOf(r) : k)).ToList(),
        };
    }

    public override DisplayValue Display(T record) => DisplayValue.Of(get(record).Select(t => RecordKinds.RefTo(t)!).OrderBy(r => r.Label));

    public override bool IsBlank(RawForm form, string prefix) => Keys(form, prefix).Count == 0;
}
