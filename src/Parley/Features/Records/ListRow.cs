namespace Parley.Features.Records;

/// <summary>A row of a list: the record it links to, its cells, and whether it cites no source.</summary>
public sealed record ListRow(RecordRef Record, IReadOnlyList<DisplayValue> Cells, bool Unsourced);
