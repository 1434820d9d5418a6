using Microsoft.EntityFrameworkCore;
using Parley.Features.Records;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Records;

/// <summary>`parley backup` and `parley restore` of a SQLite store bring back the users' saved views with the records.</summary>
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
}
