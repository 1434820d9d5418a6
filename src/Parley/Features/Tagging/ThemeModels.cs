using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Parley.Store;

namespace Parley.Features.Tagging;

/// <summary>
/// Which theme model a store uses: the newest one trained on it (table ThemeModels), or else the model shipped with
/// Parley (trained on the UPR Info files of sessions 1–17), so a fresh store tags without a training step.
/// </summary>
public static class ThemeModels
{
    public const string ShippedResource = "Parley.Features.Tagging.upr-themes.model";
    private static readonly Lazy<ThemeModel> ShippedModel = new(() =>
    {
        using var stream = typeof(ThemeModels).Assembly.GetManifestResourceStream(ShippedResource)
            ?? throw new InvalidOperationException("the shipped theme model is not embedded");
        return ThemeModel.Load(stream, "the shipped theme model");
    });
    private static readonly ConcurrentDictionary<string, ThemeModel> Loaded = new(StringComparer.Ordinal);

    public static ThemeModel Shipped => ShippedModel.Value;

    public static async Task<ThemeModel> CurrentAsync(ParleyDb db, CancellationToken ct = default)
    {
        var newest = await db.Set<StoredThemeModel>().AsNoTracking().OrderByDescending(m => m.Id).Select(m => new { m.Id, m.Version }).FirstOrDefaultAsync(ct);
        if (newest is null) return Shipped;
        if (Loaded.TryGetValue(newest.Version, out var model)) return model;
        var data = await db.Set<StoredThemeModel>().AsNoTracking().Where(m => m.Id == newest.Id).Select(m => m.Data).SingleAsync(ct);
        using var stream = new MemoryStream(data);
        model = ThemeModel.Load(stream, $"theme model {newest.Version} in the store");
        // A few models at most stay loaded (each holds its weights densely, some megabytes).
        if (Loaded.Count >= 4) Loaded.Clear();
        return Loaded[newest.Version] = model;
    }

    /// <summary>Keeps a newly trained model in the store, where it replaces the one in use; audited.</summary>
    public static async Task SaveAsync(ParleyDb db, ThemeModel model, CancellationToken ct = default)
    {
        var data = model.ToBytes();
        db.Set<StoredThemeModel>().Add(new StoredThemeModel
        {
            Version = model.Info.Version, TrainedAt = model.Info.TrainedAt, DataVersion = model.Info.DataVersion, Examples = model.Info.Examples, Data = data,
        });
        db.AuditEntries.Add(ThemeAudit.Entry(db, Domain.AuditAction.Create, "ThemeModel", model.Info.Version, null, new
        {
            model.Info.Version, model.Info.DataVersion, model.Info.Examples, model.Info.Trainer, model.Info.TrainedOn,
            Labels = model.Info.Labels.Count, Bytes = data.Length,
        }));
        await db.SaveChangesAsync(ct);
        Loaded[model.Info.Version] = model;
    }
}
