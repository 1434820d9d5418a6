namespace Parley.Features.Search;

/// <summary>
/// The full-text index over SearchEntries, which EF Core cannot describe: an FTS5 table kept in step by triggers on
/// SQLite, a generated, weighted tsvector column with a GIN index on PostgreSQL. Both change inside the statement that
/// changes the entry, so inside the transaction that changes the record. Called from the AddSearch migration.
/// </summary>
public static class SearchSchema
{
    public static string Up(string? provider) => IsSqlite(provider) ? SqliteUp : PostgresUp;

    public static string Down(string? provider) => IsSqlite(provider) ? SqliteDown : PostgresDown;

    private static bool IsSqlite(string? provider) => provider == "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>Also dropped and made again around a bulk write by <see cref="SearchBulkLoad"/>, so it is written once, here.</summary>
    internal const string SqliteInsertTrigger = """
        CREATE TRIGGER "SearchEntries_Inserted" AFTER INSERT ON "SearchEntries" BEGIN
          INSERT INTO "SearchIndex"(rowid, "TitleTerms", "BodyTerms") VALUES (new."Id", new."TitleTerms", new."BodyTerms");
        END;
        """;

    private const string SqliteUp = $"""
        CREATE VIRTUAL TABLE "SearchIndex" USING fts5("TitleTerms", "BodyTerms", content='SearchEntries', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
        {SqliteInsertTrigger}
        CREATE TRIGGER "SearchEntries_Deleted" AFTER DELETE ON "SearchEntries" BEGIN
          INSERT INTO "SearchIndex"("SearchIndex", rowid, "TitleTerms", "BodyTerms") VALUES ('delete', old."Id", old."TitleTerms", old."BodyTerms");
        END;
        CREATE TRIGGER "SearchEntries_Updated" AFTER UPDATE ON "SearchEntries" BEGIN
          INSERT INTO "SearchIndex"("SearchIndex", rowid, "TitleTerms", "BodyTerms") VALUES ('delete', old."Id", old."TitleTerms", old."BodyTerms");
          INSERT INTO "SearchIndex"(rowid, "TitleTerms", "BodyTerms") VALUES (new."Id", new."TitleTerms", new."BodyTerms");
        END;
        """;

    private const string SqliteDown = """
        DROP TRIGGER IF EXISTS "SearchEntries_Updated";
        DROP TRIGGER IF EXISTS "SearchEntries_Deleted";
        DROP TRIGGER IF EXISTS "SearchEntries_Inserted";
        DROP TABLE IF EXISTS "SearchIndex";
        """;

    // 'simple': the terms are already folded words, and neither English stemming nor stop words suit Vietnamese.
    private const string PostgresUp = """
        ALTER TABLE "SearchEntries" ADD COLUMN "Vector" tsvector GENERATED ALWAYS AS
          (setweight(to_tsvector('simple', "TitleTerms"), 'A') || setweight(to_tsvector('simple', "BodyTerms"), 'B')) STORED;
        CREATE INDEX "IX_SearchEntries_Vector" ON "SearchEntries" USING GIN ("Vector");
        """;

    private const string PostgresDown = """
        DROP INDEX IF EXISTS "IX_SearchEntries_Vector";
        ALTER TABLE "SearchEntries" DROP COLUMN IF EXISTS "Vector";
        """;
}
