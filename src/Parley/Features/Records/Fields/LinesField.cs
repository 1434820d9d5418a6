using Parley.Web.Localization;

namespace Parley.Features.Records.Fields;

/// <summary>A list of short texts (steps, aliases, vague terms), typed one per line.</summary>
public sealed class LinesField<T>(string name, string label, Func<T, List<string>> get, Action<T, List<string>> set) : Field<T>(name, label) where T : class
{
    public override void Write(T record, RawForm form, string prefix) => form.Set(prefix + Name, string.Join('\n', get(record)));

    public override Task ReadAsync(T record, RawForm form, string prefix, FormContext context)
    {
        var lines = form.Get(prefix + Name).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0 && Required) context.Error(prefix + Name, Missing);
        else if (!lines.SequenceEqual(get(record))) set(record, lines);
        return Task.CompletedTask;
    }

    public override Task<FieldView> ViewAsync(RawForm form, string prefix, FormContext context) => Task.FromResult(new FieldView
    {
        Name = prefix + Name, Label = Text, Input = "lines", Required = Required, Hint = HintText ?? new Message("RecordsMsg.HintLines"),
        Value = form.Get(prefix + Name), Error = context.ErrorFor(prefix + Name),
    });

    public override DisplayValue Display(T record) => DisplayValue.Of(get(record).Count == 0 ? null : string.Join("\n", get(record)));
}
