using Parley.Features.Records;

namespace Parley.Features.Api;

/// <summary>Every kind of record the API, export and import serve, in the order of the interchange document.</summary>
public static class ApiKinds
{
    private static readonly Lazy<IReadOnlyList<IApiKind>> LazyAll = new(() => RecordKinds.InDocumentOrder.Select(k => k.Api).ToList());

    public static IReadOnlyList<IApiKind> All => LazyAll.Value;

    private static readonly Lazy<IReadOnlyList<IApiKind>> LazyInDocument = new(() => [.. All, FollowUp.FollowUpRecords.Kind]);

    /// <summary>
    /// Every kind the interchange document carries (export, import, backup, restore): <see cref="All"/>, then follow-ups,
    /// which have pages and an API of their own and link to records of the other kinds.
    /// </summary>
    public static IReadOnlyList<IApiKind> InDocument => LazyInDocument.Value;

    public static ApiKind<T, TDoc> Of<T, TDoc>() where T : class, Domain.IKeyed where TDoc : class => (ApiKind<T, TDoc>)RecordKinds.Of<T>().Api;

    /// <summary>The description of the kind whose entity type is <paramref name="type"/>.</summary>
    public static IApiKind OfEntity(Type type) => InDocument.First(k => k.EntityType == type);

    /// <summary>A kind by its route ("legal-instruments") or its entity name ("LegalInstrument"), as audit entries name it.</summary>
    public static IApiKind? Find(string name) =>
        All.FirstOrDefault(k => k.Route.Equals(name, StringComparison.OrdinalIgnoreCase) || k.EntityName.Equals(name, StringComparison.OrdinalIgnoreCase));
}
