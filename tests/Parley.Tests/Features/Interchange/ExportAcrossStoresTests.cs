using Parley.Tests.Support;

namespace Parley.Tests.Features.Interchange;

/// <summary>The same data gives the same export whichever store holds it, and an export imports back without loss.</summary>
public class ExportAcrossStoresTests
{
    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task An_export_imported_into_an_empty_store_exports_byte_for_byte_the_same(StoreKind kind)
    {
        using var source = await TempStore.InitialisedAsync(kind);
        using var target = TempStore.Create(kind);
        var first = source.File("first.json");
        var second = source.File("second.json");

        await Cli.OkAsync("export", "--db", source.Db, "--out", first);
        await Cli.OkAsync("import", first, "--db", target.Db);
        await Cli.OkAsync("export", "--db", target.Db, "--out", second);

        Assert.Equal(await File.ReadAllBytesAsync(first), await File.ReadAllBytesAsync(second));
    }

    [Fact]
    public async Task SQLite_and_PostgreSQL_export_the_bundled_data_set_byte_for_byte_the_same()
    {
        if (Stores.SkipPostgres) return;
        using var sqlite = await TempStore.InitialisedAsync(StoreKind.Sqlite);
        using var postgres = await TempStore.InitialisedAsync(StoreKind.Postgres);

        var fromSqlite = await Cli.OkAsync("export", "--db", sqlite.Db);
        var fromPostgres = await Cli.OkAsync("export", "--db", postgres.Db);

        Assert.Equal(fromSqlite.Out, fromPostgres.Out);
        Assert.Contains("Hoàng Thị Minh Hồng", fromPostgres.Out);
    }
}
