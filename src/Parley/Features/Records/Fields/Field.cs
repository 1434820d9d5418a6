namespace Parley.Features.Records.Fields;

/// <summary>
/// One field of a kind of record, known well enough to show it on the record's page, put it in a form,
/// and read it back from the form with a message naming the field when the input is wrong.
/// </summary>
public abstract class Field<T>(string name, string label) where T : class
{
    public string Name => name;
    public string Label => label;
    public bool Required { get; init; }
    public string? Hint { get; init; }

    /// <summary>Writes the record's value into the form (prefix is set for fields inside a row).</summary>
    public abstract void Write(T record, RawForm form, string prefix);

    /// <summary>Reads the form into the record; a problem is reported to the context under the field's form name.</summary>
    public abstract Task ReadAsync(T record, RawForm form, string prefix, FormContext context);

    /// <summary>The input for the form, with the form's current value and any problem.</summary>
    public abstract Task<FieldView> ViewAsync(RawForm form, string prefix, FormContext context);

    public abstract DisplayValue Display(T record);

    /// <summary>True when the form has nothing in this field: a row whose first field is blank is left out.</summary>
    public virtual bool IsBlank(RawForm form, string prefix) => string.IsNullOrWhiteSpace(form.Get(prefix + Name));

    protected string Missing => $"{Label} is required.";
}
