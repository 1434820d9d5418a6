using Parley.Web.Localization;

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
            context.Error(prefix + Name, new Message("RecordsMsg.NotOneOf", Text, Enum.GetValues<TEnum>().Select(v => EnumText.Words(v)).ToList()));
        else set(record, value);
        return Task.CompletedTask;
    }

    public override Task<FieldView> ViewAsync(RawForm form, string prefix, FormContext context) => Task.FromResult(new FieldView
    {
        Name = prefix + Name, Label = Text, Input = "select", Required = true, Hint = HintText,
        Value = form.Get(prefix + Name), Error = context.ErrorFor(prefix + Name),
        // Inside a row an empty choice lets a spare row stay blank.
        Choices = [.. (prefix.Length > 0 ? [new Choice("", "—")] : Array.Empty<Choice>()), .. Enum.GetValues<TEnum>().Select(v => Choice.Of(v))],
    });

    /// <summary>The label and hint, and the words of every member, which the form's choices and the record's page show.</summary>
    public override IEnumerable<Message> Texts() => [.. base.Texts(), .. Enum.GetValues<TEnum>().Select(v => EnumText.Words(v))];

    public override Message? WordsOf(string stored) => Enum.TryParse<TEnum>(stored, out var value) ? EnumText.Words(value) : null;

    public override DisplayValue Display(T record) => DisplayValue.Of(EnumText.Words(get(record)));
}
