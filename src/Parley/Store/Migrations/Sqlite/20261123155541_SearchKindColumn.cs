using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parley.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchKindColumn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The FTS5 table gains the entry's kind as a third column, so a kind filter (and leaving cases out for a reader
            // without case access) is a term of the MATCH the index answers, not a join of every match to its entry
            // (~70,000 joins for `detent*` among a million). The index is rebuilt from the entries (~20 s at a million).
            migrationBuilder.Sql("""
            DROP TRIGGER IF EXISTS "SearchEntries_Updated";
            DROP TRIGGER IF EXISTS "SearchEntries_Deleted";
            DROP TRIGGER IF EXISTS "SearchEntries_Inserted";
            DROP TABLE IF EXISTS "SearchIndex";CREATE VIRTUAL TABLE "SearchIndex" USING fts5("TitleTerms", "BodyTerms", "Kind", content='SearchEntries', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
            CREATE TRIGGER "SearchEntries_Inserted" AFTER INSERT ON "SearchEntries" BEGIN
              INSERT INTO "SearchIndex"(rowid, "TitleTerms", "BodyTerms", "Kind") VALUES (new."Id", new."TitleTerms", new."BodyTerms", new."Kind");
            END;
            CREATE TRIGGER "SearchEntries_Deleted" AFTER DELETE ON "SearchEntries" BEGIN
              INSERT INTO "SearchIndex"("SearchIndex", rowid, "TitleTerms", "BodyTerms", "Kind") VALUES ('delete', old."Id", old."TitleTerms", old."BodyTerms", old."Kind");
            END;
            CREATE TRIGGER "SearchEntries_Updated" AFTER UPDATE ON "SearchEntries" BEGIN
              INSERT INTO "SearchIndex"("SearchIndex", rowid, "TitleTerms", "BodyTerms", "Kind") VALUES ('delete', old."Id", old."TitleTerms", old."BodyTerms", old."Kind");
              INSERT INTO "SearchIndex"(rowid, "TitleTerms", "BodyTerms", "Kind") VALUES (new."Id", new."TitleTerms", new."BodyTerms", new."Kind");
            END;
            INSERT INTO "SearchIndex"("SearchIndex") VALUES ('rebuild');

            """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
            DROP TRIGGER IF EXISTS "SearchEntries_Updated";
            DROP TRIGGER IF EXISTS "SearchEntries_Deleted";
            DROP TRIGGER IF EXISTS "SearchEntries_Inserted";
            DROP TABLE IF EXISTS "SearchIndex";CREATE VIRTUAL TABLE "SearchIndex" USING fts5("TitleTerms", "BodyTerms", content='SearchEntries', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
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
            INSERT INTO "SearchIndex"("SearchIndex") VALUES ('rebuild');

            """);
        }
    }
}
