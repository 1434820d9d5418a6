using Microsoft.EntityFrameworkCore;
using Parley.Features.Interchange;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Setup;

public class InitCommandTests
{
    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Init_creates_the_store_with_every_migration_applied_and_the_bundled_data(StoreKind kind)
    {
        using var store = TempStore.Create(kind);
        var run = await Cli.OkAsync("init", "--db", store.Db);

        Assert.False(await store.IsMissingAsync());
        Assert.Contains("Created", run.Out);
        Assert.Contains("bundled U.S.–Vietnam data set", run.Out);
        await using var db = store.Open();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations().Last(), (await db.Database.GetAppliedMigrationsAsync()).Last());
        Assert.True(await db.Channels.CountAsync() >= 2);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Init_run_again_changes_nothing_and_says_so(StoreKind kind)
    {
        using var store = TempStore.Create(kind);
        await Cli.OkAsync("init", "--db", store.Db);
        byte[] before;
        int auditBefore;
        await using (var db = store.Open())
        {
            before = await ExportCommand.ExportBytesAsync(db);
            auditBefore = await db.AuditEntries.CountAsync();
        }

        var again = await Cli.OkAsync("init", "--db", store.Db);

        Assert.Contains("nothing changed", again.Out);
        await using var after = store.Open();
        Assert.Equal(before, await ExportCommand.ExportBytesAsync(after));
        Assert.Equal(auditBefore, await after.AuditEntries.CountAsync());
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Seeding_is_recorded_in_the_audit_trail_record_by_record(StoreKind kind)
    {
        using var store = TempStore.Create(kind);
        await Cli.OkAsync("init", "--db", store.Db);
        await using var db = store.Open();

        var created = await db.AuditEntries.Where(a => a.Kind == "Channel").Select(a => a.RecordKey).ToListAsync();
        Assert.Contains("human-rights", created);
        Assert.Contains("labor", created);
        Assert.All(await db.AuditEntries.ToListAsync(), a => Assert.Equal("parley init", a.Actor));
    }

    [Fact]
    public async Task Init_into_a_folder_that_does_not_exist_is_a_one_line_error()
    {
        var run = await Cli.RunAsync("init", "--db", "/no/such/folder/parley.db");

        Assert.Equal(1, run.Exit);
        Assert.Contains("does not exist", run.Error);
        Assert.Single(run.Error.Trim().Split('\n'));
    }
}
