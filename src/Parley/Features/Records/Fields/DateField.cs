using Parley.Domain;
using Parley.Web.Localization;

namespace Parley.Features.Records.Fields;

/// <summary>A date known to the year, month or day, typed as YYYY, YYYY-MM or YYYY-MM-DD.</summary>
public sealed class DateField<T>(string name, string label, Func<T, PartialDate?> get, Action<T, PartialDate?> set) : Field<T>(name, label) where T : class
{
    public override void Write(T record, RawForm form, string prefix) => form.Set(prefix + Name, get(record)?.ToString());

    public override Task ReadAsync(T record, RawForm form, string prefix, FormContext context)
    {
        var text = form.Get(prefix + Name).Trim();
        if (text.Length == 0)
        {
            if (Required) context.Error(prefix + Name, Missing);
            else set(record, null);
        }
        else if (!PartialDate.TryParse(text, out var date))
            context.Error(prefix + Name, new Message("RecordsMsg.NotADate", Text, text));
        else set(record, date);
        return Task.CompletedTask;
    }

    public override Task<FieldView> ViewAsync(RawForm form, string prefix, FormContext context) => Task.FromResult(new FieldView
    {
        Name = prefix + Name, Label = Text, Input = "date", Required = Required, Hint = HintText ?? new Message("RecordsMsg.HintDate"),
        Value = form.Get(prefix + Name), Error = context.ErrorFor(prefix + Name),
    });

    public override DisplayValue Display(T record) => DisplayValue.Of(get(record)?.ToString());
}
