namespace Parley.Tests.Support;

/// <summary>The two stores Parley runs on; store-touching tests run on both (see <see cref="Stores.Both"/>).</summary>
public enum StoreKind
{
    Sqlite,
    Postgres,
}
