using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Features.Interchange;
using Parley.Features.Records;
using Parley.Store;

namespace Parley.Features.Backup;

/// <summary>
/// A JSON backup (how PostgreSQL is backed up) is the export document plus one more list at its end, "savedViews": the
/// users' saved list views, which `parley export` leaves out because they name the users who saved them and an export
/// is made to be shared. A restore takes that list off again, loads the document like any import, and adds the views.
/// </summary>
public static class BackupDocument
{
    /// <summary>The name of the list of saved views, the last one in a JSON backup.</summary>
    public const string ViewsProperty = "savedViews";

    /// <summary>The export document of <paramref name="db"/> with its saved views appended.</summary>
    public static async Task<byte[]> BytesAsync(ParleyDb db, CancellationToken ct)
    {
        var export = await ExportCommand.ExportBytesAsync(db, ct);
        var views = await db.Set<SavedView>().AsNoTracking().OrderBy(v => v.Owner).ThenBy(v => v.Kind).ThenBy(v => v.Name)
            .Select(v => new ViewDoc(v.Owner, v.Kind, v.Name, v.Query, v.Saved)).ToListAsync(ct);
        // Spliced in before the document's closing brace, so the records' bytes are exactly the export's.
        var close = Array.LastIndexOf(export, (byte)'}');
        var list = Encoding.UTF8.GetBytes($",\n  \"{ViewsProperty}\": {JsonSerializer.Serialize(views, Options)}\n");
        return [.. export.AsSpan(0, close), .. list, .. export.AsSpan(close)];
    }

    /// <summary>Splits a JSON backup into the export document and its saved views (none when it has no such list).</summary>
    public static (byte[] Document, IReadOnlyList<ViewDoc> Views) Split(byte[] backup)
    {
        var reader = new Utf8JsonReader(backup, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return (backup, []);
            var endOfPrevious = reader.BytesConsumed;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals(ViewsProperty))
                {
                    reader.Read();
                    var views = JsonSerializer.Deserialize<List<ViewDoc>>(ref reader, Options) ?? [];
                    var document = backup.AsSpan(0, (int)endOfPrevious).ToArray().Concat(backup.Skip((int)reader.BytesConsumed)).ToArray();
                    return (document, views);
                }
                reader.Read();
                reader.Skip();
                endOfPrevious = reader.BytesConsumed;
            }
        }
        catch (JsonException)
        {
            // Not well-formed: the import names the line and what is wrong.
        }
        return (backup, []);
    }

    /// <summary>Adds the restored views to the pending changes, each with its audit entry; written with the caller's save.</summary>
    public static void AddViews(ParleyDb db, IReadOnlyList<ViewDoc> views)
    {
        foreach (var v in views)
            SavedViews.AddRestored(db, new SavedView { Owner = v.Owner, Kind = v.Kind, Name = v.Name, Query = v.Query, Saved = v.Saved });
    }

    /// <summary>One saved view as a backup holds it.</summary>
    public sealed record ViewDoc(string Owner, string Kind, string Name, string Query, DateTimeOffset Saved);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = false };
}
