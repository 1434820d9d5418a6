using Parley.Web.Localization;

namespace Parley.Features.Records;

/// <summary>One page of a kind's list, with what the filter form and the sort links need.</summary>
public sealed class ListResult
{
    public required ListQuery Query { get; init; }
    public required IReadOnlyList<(string Name, string Header)> Columns { get; init; }
    /// <summary>Every column the kind's list can show, for choosing columns.</summary>
    public required IReadOnlyList<(string Name, string Header)> AllColumns { get; init; }
    public required IReadOnlyList<ListRow> Rows { get; init; }
    public required IReadOnlyList<FilterView> Filters { get; init; }
    public required int Total { get; init; }
    public int PageCount => Math.Max(1, (Total + ListQuery.PageSize - 1) / ListQuery.PageSize);
    public required string SortedBy { get; init; }
    /// <summary>What this list cannot do for a kind this large, shown above it.</summary>
    public Message? Note { get; init; }
}
