using Parley.Store;

namespace Parley.Features.Records;

/// <summary>
/// Records of other kinds that point at a record (the cases charged under a provision). Shown on the record's page,
/// and a record that has any cannot be deleted until they are unlinked.
/// </summary>
public sealed record Inbound<T>(string Heading, Func<ParleyDb, T, CancellationToken, Task<List<RecordRef>>> Query);
