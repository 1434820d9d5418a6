using Parley.Web.Localization;

namespace Parley.Features.Records.Fields;

/// <summary>
/// A record's list of parts (a round's delegates, a commitment's status history, citations), edited as a table of
/// rows: each row's inputs are named "field[i].column", spare blank rows let the user add, and clearing a row's
/// first column removes it. No script is needed.
/// </summary>
public sealed class RowsField<T, TRow>(string name, string label, Func<T, List<TRow>> get, IReadOnlyList<Field<TRow>> columns) : Field<T>(name, label)
    where T : class where TRow : class, new()
{
    public const int SpareRows = 2;

    public IReadOnlyList<Field<TRow>> Columns => columns;

    private string RowPrefix(string prefix, int i) => $"{prefix}{Name}[{i}].";

    public override void NameAfter(string owner)
    {
        base.NameAfter(owner);
        foreach (var column in columns) column.NameAfter(TextName);
    }

    public override IEnumerable<Message> Texts() => [.. base.Texts(), .. columns.SelectMany(c => c.Texts())];

    public override IFieldWords? Part(string property) => columns.FirstOrDefault(c => string.Equals(c.Name, property, StringComparison.OrdinalIgnoreCase));

    public override void Write(T record, RawForm form, string prefix)
    {
        var rows = get(record);
        for (var i = 0; i < rows.Count; i++)
            foreach (var column in columns) column.Write(rows[i], form, RowPrefix(prefix, i));
    }

    private int RowCount(RawForm form, string prefix)
    {
        var start = prefix + Name + "[";
        var indexes = form.Names.Where(n => n.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            .Select(n => n.IndexOf(']', start.Length) is var close and > 0
                && int.TryParse(n.AsSpan(start.Length, close - start.Length), out var i) ? i : -1)
            .Where(i => i is >= 0 and < 1000);
        return indexes.DefaultIfEmpty(-1).Max() + 1;
    }

    public override async Task ReadAsync(T record, RawForm form, string prefix, FormContext context)
    {
        var rows = new List<TRow>();
        for (var i = 0; i < RowCount(form, prefix); i++)
        {
            var rowPrefix = RowPrefix(prefix, i);
            if (columns[0].IsBlank(form, rowPrefix)) continue;
            var row = new TRow();
            foreach (var column in columns) await column.ReadAsync(row, form, rowPrefix, context);
            rows.Add(row);
        }
        var list = get(record);
        // Rows are replaced only when the form changed them, so saving an untouched form rewrites nothing.
        var before = new RawForm();
        for (var i = 0; i < list.Count; i++) foreach (var column in columns) column.Write(list[i], before, RowPrefix("", i));
        var after = new RawForm();
        for (var i = 0; i < rows.Count; i++) foreach (var column in columns) column.Write(rows[i], after, RowPrefix("", i));
        if (Fingerprint(before) == Fingerprint(after)) return;
        list.Clear();
        list.AddRange(rows);
    }

    private static string Fingerprint(RawForm form) =>
        string.Join('\u001f', form.Names.Order(StringComparer.Ordinal).Select(n => n + "=" + string.Join('\u001e', form.GetAll(n))));

    public override async Task<FieldView> ViewAsync(RawForm form, string prefix, FormContext context)
    {
        var rows = new List<IReadOnlyList<FieldView>>();
        for (var i = 0; i < RowCount(form, prefix) + SpareRows; i++)
        {
            var cells = new List<FieldView>();
            foreach (var column in columns) cells.Add(await column.ViewAsync(form, RowPrefix(prefix, i), context));
            rows.Add(cells);
        }
        return new FieldView
        {
            Name = prefix + Name, Label = Text, Input = "rows", Hint = HintText ?? new Message("RecordsMsg.HintRows", columns[0].Text),
            Columns = columns.Select(c => c.Text).ToList(), Rows = rows,
        };
    }

    public override DisplayValue Display(T record) => new()
    {
        Headers = columns.Select(c => c.Text).ToList(),
        Rows = get(record).Select(row => (IReadOnlyList<DisplayValue>)columns.Select(c => c.Display(row)).ToList()).ToList(),
    };

    public override bool IsBlank(RawForm form, string prefix) => RowCount(form, prefix) == 0;
}
