using Microsoft.EntityFrameworkCore.Design;

namespace Parley.Store;

/// <summary>Lets `dotnet ef migrations add` build each provider's context without running the app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteParleyDb>
{
    public SqliteParleyDb CreateDbContext(string[] args) => new(ParleyStore.SqliteOptions("Data Source=design.db"));
}
