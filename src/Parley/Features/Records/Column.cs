namespace Parley.Features.Records;

/// <summary>A column of a kind's list: its heading, what each row shows, and what it sorts by.</summary>
public sealed record Column<T>(string Name, string Header, Func<T, DisplayValue> Cell, Func<T, IComparable?>? SortKey = null)
{
    /// <summary>What the database sorts a large kind's list by for this column (record => record.Date); null: not sortable there.</summary>
    public System.Linq.Expressions.LambdaExpression? SortInDatabase { get; init; }

    public IComparable? SortValue(T record) => SortKey is not null ? SortKey(record) : Cell(record).ToString();
}
