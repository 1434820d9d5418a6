using Microsoft.EntityFrameworkCore;
using Parley.Features.Records;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Records;

/// <summary>
/// `parley backup` and `parley restore` bring back the users' saved views with the records, on SQLite (the file) and
/// on PostgreSQL (the JSON backup); `parley export`, made to be shared, leaves them and their owners' names out.
/// </summary>
public class SavedViewBackupTests
{
    [Fact]
    public async Task A_restored_sqlite_store_has_the_saved_views_of_the_backup_whether_restored_over_the_store_or_into_a_new_one()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        await using (var db = store.Open())
            Assert.Null(await SavedViews.SaveAsync(db, "editor", "recommendations", "Noted ones", "?response=Noted", CancellationToken.None));
        var backup = store.File("backup.db");
        await Cli.OkAsync("backup", "--out", backup, "--db", store.Path);
        await using (var db = store.Open())
        {
            var saved = await db.Set<SavedView>().SingleAsync();
            Assert.True(await SavedViews.DeleteAsync(db, "editor", saved.Id, CancellationToken.None));
            Assert.Null(await SavedViews.SaveAsync(db, "editor", "cases", "Made after the backup", "?status=Detained", CancellationToken.None));
        }

        await Cli.OkAsync("restore", backup, "--db", store.Path);
        var fresh = store.File("fresh.db");
        await Cli.OkAsync("restore", backup, "--db", fresh);

        foreach (var restored in new[] { store.Path, fresh })
        {
            await using var db = Parley.Store.ParleyStore.Open(Parley.Store.StoreLocation.Parse(restored));
            var views = await db.Set<SavedView>().Select(v => new { v.Owner, v.Kind, v.Name, v.Query }).ToListAsync();
            Assert.Equal([new { Owner = "editor", Kind = "recommendations", Name = "Noted ones", Query = "?response=Noted" }], views);
        }
    }

    [Fact]
    public async Task A_postgresql_backup_restored_into_a_new_store_has_the_saved_views_and_the_export_names_no_one()
    {
        if (Stores.SkipPostgres) return;
        using var store = await TempStore.InitialisedAsync(StoreKind.Postgres);
        using var empty = TempStore.Create(StoreKind.Postgres);
        await using (var db = store.Open())
        {
            Assert.Null(await SavedViews.SaveAsync(db, "editor", "recommendations", "Noted ones", "?response=Noted", CancellationToken.None));
            Assert.Null(await SavedViews.SaveAsync(db, "thu.nguyen", "cases", "Detained", "?status=Detained", CancellationToken.None));
        }
        var backup = Path.Combine(Path.GetTempPath(), $"parley-views-{Guid.NewGuid():N}.json");
        try
        {
            await Cli.OkAsync("backup", "--out", backup, "--db", store.Db);
            var restore = await Cli.OkAsync("restore", backup, "--db", empty.Db);
            Assert.Contains("2 saved views", restore.Out + restore.Error);

            await using (var db = empty.Open())
            {
                var views = await db.Set<SavedView>().OrderBy(v => v.Owner).Select(v => new { v.Owner, v.Kind, v.Name, v.Query }).ToListAsync();
                Assert.Equal([new { Owner = "editor", Kind = "recommendations", Name = "Noted ones", Query = "?response=Noted" },
                    new { Owner = "thu.nguyen", Kind = "cases", Name = "Detained", Query = "?status=Detained" }], views);
                Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Kind == nameof(SavedView) && e.Origin == "restore"));
            }
            // The records came back exactly; the export, made for sharing, holds no saved view and no owner's name.
            var export = (await Cli.OkAsync("export", "--db", empty.Db)).Out;
            Assert.Equal((await Cli.OkAsync("export", "--db", store.Db)).Out, export);
            Assert.DoesNotContain("thu.nguyen", export, StringComparison.Ordinal);
            Assert.DoesNotContain(Parley.Features.Backup.BackupDocument.ViewsProperty, export, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(backup);
            File.Delete(backup + ".manifest.json");
        }
    }
}
