using Microsoft.EntityFrameworkCore;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Migrate;

public class MigrateTests
{
    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Migrate_copies_a_SQLite_store_so_that_both_export_the_same_bytes_with_the_audit_trail(StoreKind target)
    {
        using var from = await TempStore.InitialisedAsync(StoreKind.Sqlite);
        using var to = TempStore.Create(target);

        var run = await Cli.OkAsync("migrate", "--from", from.Db, "--to", to.Db);

        var exported = (await Cli.OkAsync("export", "--db", from.Db)).Out;
        var records = System.Text.Json.JsonDocument.Parse(exported).RootElement.EnumerateObject()
            .Where(kind => kind.Value.ValueKind == System.Text.Json.JsonValueKind.Array && kind.Name != "issueMapping")
            .Sum(kind => kind.Value.GetArrayLength());
        Assert.Contains($"Copied {records} records", run.Out);
        Assert.Equal(exported, (await Cli.OkAsync("export", "--db", to.Db)).Out);
        await using var source = from.Open();
        await using var copy = to.Open();
        var history = await source.AuditEntries.CountAsync();
        Assert.Equal(history, await copy.AuditEntries.CountAsync(a => a.Origin != "migrate"));
        Assert.True(await copy.AuditEntries.AnyAsync(a => a.Origin == "migrate" && a.RecordKey == "hoang-thi-minh-hong"));
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Migrate_refuses_a_target_that_already_holds_records_and_leaves_it_untouched(StoreKind target)
    {
        using var from = await TempStore.InitialisedAsync(StoreKind.Sqlite);
        using var to = await TempStore.InitialisedAsync(target);
        var before = (await Cli.OkAsync("export", "--db", to.Db)).Out;

        var run = await Cli.RunAsync("migrate", "--from", from.Db, "--to", to.Db);

        Assert.Equal(1, run.Exit);
        Assert.Contains("already holds records", run.Error);
        Assert.Equal(before, (await Cli.OkAsync("export", "--db", to.Db)).Out);
    }

    [Fact]
    public async Task Migrate_from_a_store_that_does_not_exist_says_so()
    {
        using var from = TempStore.Create(StoreKind.Sqlite);
        using var to = TempStore.Create(StoreKind.Sqlite);

        var run = await Cli.RunAsync("migrate", "--from", from.Db, "--to", to.Db);

        Assert.Equal(1, run.Exit);
        Assert.Contains($"no store at {from.Db}", run.Error);
        Assert.True(await to.IsMissingAsync());
    }
}
