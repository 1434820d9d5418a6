using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Analyses.Matching;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Accounts;

/// <summary>
/// The names withheld from a reader without case access: every case's person name, and the names cases had before
/// they were renamed or deleted (from the audit trail: renaming a case must not make its old name readable in the
/// statements that still use it). Kept per store until its data changes (<see cref="DataVersion"/>, which also changes
/// when `parley restore` replaces the store under a running server): at 50,000 cases loading and compiling them takes
/// ~100 ms, the check a millisecond, and a name added or changed is withheld from the next request on.
/// </summary>
public static class CaseNames
{
    public static Task<Withholding> OfAsync(ParleyDb db, CancellationToken ct) => Kept.OfAsync(db, ct);

    /// <summary>As <see cref="OfAsync(ParleyDb, CancellationToken)"/>, for a request that has read the data version already.</summary>
    public static Task<Withholding> OfAsync(ParleyDb db, long version, CancellationToken ct) => Kept.OfAsync(db, version, ct);

    private static readonly KeptPerVersion<Withholding> Kept = new(async (db, ct) =>
        new Withholding(new NameMatcher((await AllAsync(db, ct)).Select(FoldedText.FoldName))));

    /// <summary>Current and former person names of every case, as written.</summary>
    public static async Task<IReadOnlyList<string>> AllAsync(ParleyDb db, CancellationToken ct)
    {
        var names = new HashSet<string>(await db.Cases.AsNoTracking().Select(c => c.PersonName).Distinct().ToListAsync(ct), StringComparer.Ordinal);
        var earlier = db.AuditEntries.AsNoTracking()
            .Where(a => a.Kind == nameof(Case) && (a.Action == AuditAction.Update || a.Action == AuditAction.Delete) && a.Before != null)
            .Select(a => a.Before!).AsAsyncEnumerable();
        await foreach (var before in earlier.WithCancellation(ct))
            if (FormerName(before) is { } name) names.Add(name);
        return [.. names];
    }

    private static string? FormerName(string snapshot)
    {
        try
        {
            using var json = JsonDocument.Parse(snapshot);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(nameof(Case.PersonName), out var name)
                && name.ValueKind == JsonValueKind.String ? name.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
