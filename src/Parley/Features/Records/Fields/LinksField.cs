using Parley.Domain;

namespace Parley.Features.Records.Fields;

/// <summary>Links to any number of records of another kind (a case's charges, a commitment's frameworks).</summary>
public sealed class LinksField<T, TTarget>(string name, string label, Func<T, List<TTarget>> get) : Field<T>(name, label)
    where T : class where TTarget : class, IKeyed
{
    public override void Write(T record, RawForm form, string prefix) => form.Set(prefix + Name, get(record).Select(t => t.Key));

    public override async Task ReadAsync(T record, RawForm form, string prefix, FormContext context)
    {
        var records = await context.RecordsAsync<TTarget>();
        var chosen = new List<TTarget>();
        foreach (var key in form.GetAll(prefix + Name).Select(k => k.Trim()).Where(k => k.Length > 0).Distinct())
        {
            if (records.TryGetValue(key, out var target)) chosen.Add(target);
            else context.Error(prefix + Name, $"{Label}: there is no {RecordKinds.Of<TTarget>().Singular} with the key '{key}'.");
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

    public override async Task<FieldView> ViewAsync(RawForm form, string prefix, FormContext context) => new()
    {
        Name = prefix + Name, Label = Label, Input = "multiselect", Required = Required,
        Hint = Hint ?? "Hold Ctrl (or ⌘) to choose several.",
        Values = form.GetAll(prefix + Name), Error = context.ErrorFor(prefix + Name),
        Choices = await context.ChoicesAsync<TTarget>(),
    };

    public override DisplayValue Display(T record) => DisplayValue.Of(get(record).Select(t => RecordKinds.RefTo(t)!).OrderBy(r => r.Label));

    public override bool IsBlank(RawForm form, string prefix) => form.GetAll(prefix + Name).All(string.IsNullOrWhiteSpace);
}
