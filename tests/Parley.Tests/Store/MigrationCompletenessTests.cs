using Microsoft.EntityFrameworkCore;
using Parley.Store;
using Parley.Tests.Support;

namespace Parley.Tests.Store;

/// <summary>
/// The model and the migrations of each provider agree: a model change without its migration would leave stores
/// without the new columns. Migrating does not check this itself (it cost about a second of every `parley init`),
/// so this test does.
/// </summary>
public class MigrationCompletenessTests
{
    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public void Every_change_to_the_model_has_its_migration(StoreKind kind)
    {
        // Comparing the model with the migrations' snapshot needs no server: the connection is never opened.
        using ParleyDb db = kind == StoreKind.Sqlite
            ? new SqliteParleyDb(ParleyStore.SqliteOptions("Data Source=unused.db"))
            : new PostgresParleyDb(ParleyStore.PostgresOptions("Host=unused;Database=unused"));

        Assert.False(db.Database.HasPendingModelChanges(),
            $"the {kind} model differs from its migrations' snapshot: add a migration with scripts/add-migration");
    }
}
