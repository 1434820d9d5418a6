namespace Parley.Features.Records.Fields;

/// <summary>A choice from a closed set (a status, a kind, a power).</summary>
public sealed class EnumField<T, TEnum>(string name, string label, Func<T, TEnum> get, Action<T, TEnum> set) : Field<T>(name, label)
    where T : class where TEnum : struct, Enum
{
    public override void Write(T record, RawForm form, string prefix) => form.Set(prefix + Name, get(record).ToString());

    public override Task ReadAsync(T record, RawForm form, string prefix, FormContext context)
    {
        var text = form.Get(prefix + Name).Trim();
        if (text.Length == 0) context.Error(prefix + Name, Missing);
        else if (!Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) || !Enum.IsDefined(value))
            context.Error(prefix + Name, $"{Label} must be one of: {string.Join(", ", Enum.GetValues<TEnum>().Select(v => EnumText.Of(v)))}.");
        else set(record, value);
        return Task.CompletedTask;
    }

    public override Task<FieldView> ViewAsync(RawForm form, string prefix, FormContext context) => Task.FromResult(new FieldView
    {
        Name = prefix + Name, Label = Label, Input = "select", Required = true, Hint = Hint,
        Value = form.Get(prefix + Name), Error = context.ErrorFor(prefix + Name),
        // Inside a row an empty choice lets a spare row stay blank.
        Choices = [.. (prefix.Length > 0 ? [new Choice("", "—")] : Array.Empty<Choice>()), .. Enum.GetValues<TEnum>().Select(v => new Choice(v.ToString(), EnumText.Of(v)))],
    });

    public override DisplayValue Display(T record) => DisplayValue.Of(EnumText.Of(get(record)));
}
