using Microsoft.EntityFrameworkCore;

namespace Parley.Store;

/// <summary>The team store: a PostgreSQL database.</summary>
public class PostgresParleyDb(DbContextOptions<PostgresParleyDb> options) : ParleyDb(options);
