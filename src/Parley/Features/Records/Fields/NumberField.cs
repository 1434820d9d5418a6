using System.Globalization;
using Parley.Web.Localization;

namespace Parley.Features.Records.Fields;

/// <summary>A whole number such as a year or a round's number, within a range.</summary>
public sealed class NumberField<T>(string name, string label, Func<T, int?> get, Action<T, int?> set) : Field<T>(name, label) where T : class
{
    public int Min { get; init; } = int.MinValue;
    public int Max { get; init; } = int.MaxValue;

    public override void Write(T record, RawForm form, string prefix) =>
        form.Set(prefix + Name, get(record)?.ToString(CultureInfo.InvariantCulture));

    public override Task ReadAsync(T record, RawForm form, string prefix, FormContext context)
    {
        var text = form.Get(prefix + Name).Trim();
        if (text.Length == 0)
        {
            if (Required) context.Error(prefix + Name, Missing);
            else set(record, null);
        }
        else if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            context.Error(prefix + Name, new Message("RecordsMsg.NotANumber", Text, text));
        else if (number < Min || number > Max)
            context.Error(prefix + Name, new Message("RecordsMsg.OutOfRange", Text, Min, Max));
        else set(record, number);
        return Task.CompletedTask;
    }

    public override Task<FieldView> ViewAsync(RawForm form, string prefix, FormContext context) => Task.FromResult(new FieldView
    {
        Name = prefix + Name, Label = Text, Input = "number", Required = Required, Hint = HintText,
        Value = form.Get(prefix + Name), Error = context.ErrorFor(prefix + Name),
    });

    public override DisplayValue Display(T record) => DisplayValue.Of(get(record)?.ToString(CultureInfo.InvariantCulture));
}
