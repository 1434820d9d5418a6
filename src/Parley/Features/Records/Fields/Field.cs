using Parley.Web.Localization;

namespace Parley.Features.Records.Fields;

/// <summary>
/// One field of a kind of record, known well enough to show it on the record's page, put it in a form,
/// and read it back from the form with a message naming the field when the input is wrong.
/// </summary>
public abstract class Field<T>(string name, string label) : IFieldWords where T : class
{
    public string Name => name;
    /// <summary>The label in English, as the kind describes it; <see cref="Text"/> is the label in the reader's language.</summary>
    public string Label => label;
    public bool Required { get; init; }
    public string? Hint { get; init; }

    /// <summary>"cases.personName": where the field's words are in Web/Text.resx ("Field." and "Hint." before it), set by its kind.</summary>
    public string TextName { get => field ?? name; private set; }

    /// <summary>The label in any language: its entry in Text.resx, whose English a test keeps equal to <see cref="Label"/>.</summary>
    public Message Text => new("Field." + TextName) { Fallback = label };

    /// <summary>The hint in any language, or null when the kind gives none.</summary>
    public Message? HintText => Hint is null ? null : new Message("Hint." + TextName) { Fallback = Hint };

    /// <summary>Names the field's words after its kind ("cases") or, inside rows, after the rows' field ("cases.events").</summary>
    public virtual void NameAfter(string owner) => TextName = owner.Length == 0 ? name : owner + "." + name;

    /// <summary>Every label and hint of the field (and of its columns, for rows), for the test that keeps both languages complete.</summary>
    public virtual IEnumerable<Message> Texts() => HintText is { } hint ? [Text, hint] : [Text];

    public virtual Message? WordsOf(string stored) => null;

    public virtual IFieldWords? Part(string property) => null;

    /// <summary>Writes the record's value into the form (prefix is set for fields inside a row).</summary>
    public abstract void Write(T record, RawForm form, string prefix);

    /// <summary>Reads the form into the record; a problem is reported to the context under the field's form name.</summary>
    public abstract Task ReadAsync(T record, RawForm form, string prefix, FormContext context);

    /// <summary>The input for the form, with the form's current value and any problem.</summary>
    public abstract Task<FieldView> ViewAsync(RawForm form, string prefix, FormContext context);

    public abstract DisplayValue Display(T record);

    /// <summary>True when the form has nothing in this field: a row whose first field is blank is left out.</summary>
    public virtual bool IsBlank(RawForm form, string prefix) => string.IsNullOrWhiteSpace(form.Get(prefix + Name));

    protected Message Missing => new("RecordsMsg.Required", Text);

    /// <summary>A kind's record named in a message ("there is no party…"), in the reader's language.</summary>
    protected static Message One<TTarget>() where TTarget : class, Domain.IKeyed =>
        new("Records_One." + RecordKinds.Of<TTarget>().Slug) { Fallback = RecordKinds.Of<TTarget>().Singular };
}
