namespace Parley.Features.Api;

/// <summary>One page of a list: the records, where the page is, and how many match in all.</summary>
public sealed record RecordPage<TDoc>(IReadOnlyList<TDoc> Items, int Page, int PageSize, int Total);
