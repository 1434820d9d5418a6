namespace Parley.Features.Tagging;

/// <summary>A theme model trained on this store's data, kept in the store itself so both providers and backups carry it.</summary>
public class StoredThemeModel
{
    public int Id { get; set; }
    public string Version { get; set; } = "";
    public DateTimeOffset TrainedAt { get; set; }
    public string DataVersion { get; set; } = "";
    public int Examples { get; set; }
    /// <summary>The saved <see cref="ThemeModel"/> (a zip).</summary>
    public byte[] Data { get; set; } = [];
}
