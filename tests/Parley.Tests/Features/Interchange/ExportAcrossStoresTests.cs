using Parley.Tests.Support;

namespace Parley.Tests.Features.Interchange;

/// <summary>The same data gives the same export whichever store holds it.</summary>
public class ExportAcrossStoresTests
{
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
