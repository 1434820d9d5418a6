using Parley.Web.Localization;

namespace Parley.Features.Records.Fields;

/// <summary>A yes/no choice, shown as a checkbox.</summary>
public sealed class BoolField<T>(string name, string label, Func<T, bool> get, Action<T, bool> set) : Field<T>(name, label) where T : class
{
    public override void Write(T record, RawForm form, string prefix) => form.Set(prefix + Name, get(record) ? "true" : "");

    public override Task ReadAsync(T record, RawForm form, string prefix, FormContext context)
    {
        set(record, form.GetAll(prefix + Name).Contains("true"));
        return Task.CompletedTask;
    }

    public override Task<FieldView> ViewAsync(RawForm form, string prefix, FormContext context) => Task.FromResult(new FieldView
    {
        Name = prefix + Name, Label = Text, Input = "checkbox", Hint = HintText,
        Value = form.GetAll(prefix + Name).Contains("true") ? "true" : "", Error = context.ErrorFor(prefix + Name),
    });

    public override DisplayValue Display(T record) => DisplayValue.Of(new Message(get(record) ? "RecordsMsg.Yes" : "RecordsMsg.No"));
}
