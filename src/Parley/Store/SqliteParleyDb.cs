using Microsoft.EntityFrameworkCore;

namespace Parley.Store;

/// <summary>The embedded store: one SQLite file.</summary>
public class SqliteParleyDb(DbContextOptions<SqliteParleyDb> options) : ParleyDb(options);
