namespace Parley.Features.Records;

/// <summary>A column of a kind's list: its heading, what each row shows, and what it sorts by.</summary>
public sealed record Column<T>(string Name, string Header, Func<T, DisplayValue> Cell, Func<T, IComparable?>? SortKey = null)
{
    public IComparable? SortValue(T record) => SortKey is not null ? SortKey(record) : Cell(record).ToString();
}
