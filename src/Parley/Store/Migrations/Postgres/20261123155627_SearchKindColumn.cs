using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parley.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchKindColumn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The kind went into SQLite's FTS5 table (see the SQLite migration); PostgreSQL filters it on the entry row.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
