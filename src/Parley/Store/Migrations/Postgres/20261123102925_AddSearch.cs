using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Parley.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RecordKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    TitleTerms = table.Column<string>(type: "text", nullable: false),
                    BodyTerms = table.Column<string>(type: "text", nullable: false),
                    Party = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Year = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Areas = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchEntries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_Kind_RecordKey",
                table: "SearchEntries",
                columns: new[] { "Kind", "RecordKey" },
                unique: true);

            // The full-text index EF Core cannot describe (keep this SQL if the migration is regenerated).
            migrationBuilder.Sql("""
            ALTER TABLE "SearchEntries" ADD COLUMN "Vector" tsvector GENERATED ALWAYS AS
              (setweight(to_tsvector('simple', "TitleTerms"), 'A') || setweight(to_tsvector('simple', "BodyTerms"), 'B')) STORED;
            CREATE INDEX "IX_SearchEntries_Vector" ON "SearchEntries" USING GIN ("Vector");
            """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
            DROP INDEX IF EXISTS "IX_SearchEntries_Vector";
            ALTER TABLE "SearchEntries" DROP COLUMN IF EXISTS "Vector";
            """);

            migrationBuilder.DropTable(
                name: "SearchEntries");
        }
    }
}
