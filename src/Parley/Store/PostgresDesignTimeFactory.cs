using Microsoft.EntityFrameworkCore.Design;

namespace Parley.Store;

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL context without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresParleyDb>
{
    public PostgresParleyDb CreateDbContext(string[] args) => new(ParleyStore.PostgresOptions("Host=localhost;Database=parley_design"));
}
