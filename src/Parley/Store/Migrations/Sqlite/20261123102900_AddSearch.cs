using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parley.Store.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RecordKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    TitleTerms = table.Column<string>(type: "TEXT", nullable: false),
                    BodyTerms = table.Column<string>(type: "TEXT", nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Areas = table.Column<string>(type: "TEXT", nullable: false)
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
            CREATE VIRTUAL TABLE "SearchIndex" USING fts5("TitleTerms", "BodyTerms", content='SearchEntries', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
            CREATE TRIGGER "SearchEntries_Inserted" AFTER INSERT ON "SearchEntries" BEGIN
              INSERT INTO "SearchIndex"(rowid, "TitleTerms", "BodyTerms") VALUES (new."Id", new."TitleTerms", new."BodyTerms");
            END;
            CREATE TRIGGER "SearchEntries_Deleted" AFTER DELETE ON "SearchEntries" BEGIN
              INSERT INTO "SearchIndex"("SearchIndex", rowid, "TitleTerms", "BodyTerms") VALUES ('delete', old."Id", old."TitleTerms", old."BodyTerms");
            END;
            CREATE TRIGGER "SearchEntries_Updated" AFTER UPDATE ON "SearchEntries" BEGIN
              INSERT INTO "SearchIndex"("SearchIndex", rowid, "TitleTerms", "BodyTerms") VALUES ('delete', old."Id", old."TitleTerms", old."BodyTerms");
              INSERT INTO "SearchIndex"(rowid, "TitleTerms", "BodyTerms") VALUES (new."Id", new."TitleTerms", new."BodyTerms");
            END;
            """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
            DROP TRIGGER IF EXISTS "SearchEntries_Updated";
            DROP TRIGGER IF EXISTS "SearchEntries_Deleted";
            DROP TRIGGER IF EXISTS "SearchEntries_Inserted";
            DROP TABLE IF EXISTS "SearchIndex";
            """);

            migrationBuilder.DropTable(
                name: "SearchEntries");
        }
    }
}
