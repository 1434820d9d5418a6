using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Parley.Features.Interchange;
using Parley.Tests.Support;

namespace Parley.Tests.Store;

public class ReferentialIntegrityTests
{
    // Quoted names: PostgreSQL folds unquoted ones to lower case; SQLite accepts both.
    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task The_schema_refuses_a_round_of_a_channel_that_does_not_exist(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        await using var db = store.Open();

        var error = await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "Rounds" ("Key", "ChannelId", "Title", "Status", "Version") VALUES ('ghost', 999999, 'Ghost', 'Planned', 0)"""));
        Assert.Contains("foreign key", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task The_schema_refuses_to_delete_a_party_that_institutions_belong_to(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        await using var db = store.Open();

        var error = await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM "Parties" WHERE "Key" = 'vn'"""));
        Assert.Contains("foreign key", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task An_import_linking_to_a_missing_record_names_the_place_and_writes_nothing(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        byte[] before;
        await using (var db = store.Open()) before = await ExportCommand.ExportBytesAsync(db);
        var file = store.File("broken.json");
        await File.WriteAllTextAsync(file, """
            {
              "format": "parley",
              "version": 1,
              "parties": [ { "key": "th", "name": "Thailand", "kind": "state" } ],
              "rounds": [
                {
                  "key": "hr-2030",
                  "channel": "human-rights",
                  "title": "A future round",
                  "status": "planned",
                  "delegates": [ { "institution": "no-such-ministry", "role": "head" } ]
                }
              ]
            }
            """);

        var run = await Cli.RunAsync("import", file, "--db", store.Db);

        Assert.Equal(1, run.Exit);
        Assert.Contains("broken.json:6: rounds[0] 'hr-2030'.delegates[0].institution: no institution with key 'no-such-ministry'", run.Error);
        Assert.Contains("nothing was written", run.Error);
        await using var after = store.Open();
        Assert.Equal(before, await ExportCommand.ExportBytesAsync(after));
        Assert.False(await after.Parties.AnyAsync(p => p.Key == "th"));
    }
}
