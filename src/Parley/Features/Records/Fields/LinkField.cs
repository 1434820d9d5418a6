using Parley.Domain;

namespace Parley.Features.Records.Fields;

/// <summary>A link to one record of another kind, chosen by key.</summary>
public sealed class LinkField<T, TTarget>(string name, string label, Func<T, TTarget?> get, Action<T, TTarget?> set) : Field<T>(name, label)
    where T : class where TTarget : class, IKeyed
{
    public override void Write(T record, RawForm form, string prefix) => form.Set(prefix + Name, get(record)?.Key);

    public override async Task ReadAsync(T record, RawForm form, string prefix, FormContext context)
    {
        var key = form.Get(prefix + Name).Trim();
        if (key.Length == 0)
        {
            if (Required) context.Error(prefix + Name, Missing);
            else set(record, null);
            return;
        }
        var records = await context.RecordsAsync<TTarget>();
        if (records.TryGetValue(key, out var target)) set(record, target);
        else context.Error(prefix + Name, $"{Label}: there is no {RecordKinds.Of<TTarget>().Singular} with the key '{key}'.");
    }

    public override async Task<FieldView> ViewAsync(RawForm form, string prefix, FormContext context) => new()
    {
        Name = prefix + Name, Label = Label, Input = "select", Required = Required, Hint = Hint,
        Value = form.Get(prefix + Name), Error = context.ErrorFor(prefix + Name),
        Choices = [new Choice("", Required ? "— choose —" : "— none —"), .. await context.ChoicesAsync<TTarget>()],
    };

    public override DisplayValue Display(T record) => DisplayValue.Of(RecordKinds.RefTo(get(record)));
}
