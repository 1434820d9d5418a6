using Parley.Web.Localization;

namespace Parley.Features.Records.Fields;

/// <summary>A line or paragraph of text.</summary>
public sealed class TextField<T>(string name, string label, Func<T, string?> get, Action<T, string?> set) : Field<T>(name, label) where T : class
{
    public bool Multiline { get; init; }
    public int MaxLength { get; init; }

    public override void Write(T record, RawForm form, string prefix) => form.Set(prefix + Name, get(record));

    public override Task ReadAsync(T record, RawForm form, string prefix, FormContext context)
    {
        var text = form.Get(prefix + Name).Trim();
        if (text.Length == 0 && Required) context.Error(prefix + Name, Missing);
        else if (MaxLength > 0 && text.Length > MaxLength) context.Error(prefix + Name, new Message("RecordsMsg.TooLong", Text, MaxLength, text.Length));
        else set(record, text.Length == 0 ? null : text);
        return Task.CompletedTask;
    }

    public override Task<FieldView> ViewAsync(RawForm form, string prefix, FormContext context) => Task.FromResult(new FieldView
    {
        Name = prefix + Name, Label = Text, Input = Multiline ? "textarea" : "text", Required = Required, Hint = HintText,
        Value = form.Get(prefix + Name), Error = context.ErrorFor(prefix + Name),
    });

    public override DisplayValue Display(T record) => DisplayValue.Of(get(record));
}
