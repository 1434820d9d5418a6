using Parley.Domain;
using Parley.Web.Localization;

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
        if (await context.FindAsync<TTarget>(key) is { } target) set(record, target);
        else context.Error(prefix + Name, new Message("RecordsMsg.NoSuchLinked", Text, One<TTarget>(), key));
    }

    public override async Task<FieldView> ViewAsync(RawForm form, string prefix, FormContext context)
    {
        var value = form.Get(prefix + Name);
        // Picked by typing, asking the server, never from a list of all: a kind may hold 33,000 records.
        var current = value.Length > 0 && await context.FindAsync<TTarget>(value) is { } chosen ? RecordKinds.Of<TTarget>().LabelOf(chosen) : null;
        return new FieldView
        {
            Name = prefix + Name, Label = Text, Input = "typeahead", Required = Required, Value = value, Error = context.ErrorFor(prefix + Name),
            Hint = HintText ?? new Message("RecordsMsg.HintLink", One<TTarget>()),
            Choices = current is null ? [] : [new Choice(value, current)], Lookup = RecordKinds.Of<TTarget>().Slug,
        };
    }

    public override DisplayValue Display(T record) => DisplayValue.Of(RecordKinds.RefTo(get(record)));
}
