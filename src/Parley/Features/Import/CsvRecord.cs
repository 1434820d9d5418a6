namespace Parley.Features.Import;

/// <summary>One row of a CSV file with the physical line it starts on.</summary>
public sealed record CsvRecord(int Line, string[] Fields);
