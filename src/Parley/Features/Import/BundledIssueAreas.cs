using System.Text.Json;
using Parley.Features.Interchange;
using Parley.Features.Interchange.Document;
using Parley.Store;

namespace Parley.Features.Import;

/// <summary>
/// The issue areas of the bundled data set, as areas a UPR import may create. The shipped issue mapping files many
/// labels under them (labour-rights, torture, ...); a store made by the import alone, without the bundled data, must
/// still be able to create them, with the same names and parents as the bundled ones.
/// </summary>
public static class BundledIssueAreas
{
    private static readonly Lazy<IReadOnlyList<MappedIssueArea>> Areas = new(() =>
        (JsonSerializer.Deserialize<ParleyDocument>(BundledData.Read(), DocumentJson.Options)?.IssueAreas ?? [])
            .Select(a => new MappedIssueArea(a.Key, a.Name, a.Parent, a.Description))
            .ToList());

    public static IReadOnlyList<MappedIssueArea> All => Areas.Value;
}
