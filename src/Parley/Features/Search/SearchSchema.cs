namespace Parley.Features.Search;

/// <summary>
/// The full-text index over SearchEntries, which EF Core cannot describe: an FTS5 table kept in step by triggers on
/// SQLite, a generated, weighted tsvector column with a GIN index on PostgreSQL. Both change inside the statement that
/// changes the entry, so inside the transaction that changes the record. <see cref="Up"/> is the AddSearch migration's;
/// <see cref="KindUp"/> (the SearchKindColumn migration) adds the kind to the FTS5 table.
/// </summary>
public static class SearchSchema
{
    public static string Up(string? provider) => IsSqlite(provider) ? SqliteUp : PostgresUp;

    public static string Down(string? provider) => IsSqlite(provider) ? SqliteDown : PostgresDown;

    /// <summary>
    /// SQLite only: the FTS5 table gains the entry's kind as a third column, so a kind filter (and leaving cases out for
    /// a reader without case access) is a term of the MATCH the index answers, not a join of every match to its entry
    /// (~70,000 joins for `detent*` among a million). The index is rebuilt from the entries in the same migration
    /// (~20 s at a million entries). PostgreSQL filters the kind on the entries row it reads anyway: nothing to change.
    /// </summary>
    public static string KindUp => SqliteDown + Index(["TitleTerms", "BodyTerms", "Kind"]);

    public static string KindDown => SqliteDown + Index(["TitleTerms", "BodyTerms"]);

    /// <summary>
    /// The FTS5 table's columns as the latest migration (SearchKindColumn) made them. <see cref="SearchBulkLoad"/> drops
    /// the insert trigger around a batch, fills these columns itself and makes the trigger again from them, so a new
    /// column of the index goes here as well as into its migration.
    /// </summary>
    internal static readonly string[] IndexColumns = ["TitleTerms", "BodyTerms", "Kind"];

    /// <summary>The insert trigger over <see cref="IndexColumns"/>.</summary>
    internal static string SqliteInsertTrigger => InsertTrigger(IndexColumns);

    /// <summary>Indexes the entries from <paramref name="firstId"/> on in one statement (a bulk load's batch).</summary>
    internal static string SqliteIndexFrom(long firstId) =>
        $"""INSERT INTO "SearchIndex"(rowid, {Names(IndexColumns)}) SELECT "Id", {Names(IndexColumns)} FROM "SearchEntries" WHERE "Id" >= {firstId.ToString(System.Globalization.CultureInfo.InvariantCulture)};""";

    private static string Names(string[] columns) => string.Join(", ", columns.Select(c => $"\"{c}\""));

    private static string InsertTrigger(string[] columns) => $"""
        CREATE TRIGGER "SearchEntries_Inserted" AFTER INSERT ON "SearchEntries" BEGIN
          INSERT INTO "SearchIndex"(rowid, {Names(columns)}) VALUES (new."Id", {string.Join(", ", columns.Select(c => $"new.\"{c}\""))});
        END;
        """;

    private static string Index(string[] columns)
    {
        var names = Names(columns);
        string Values(string row) => string.Join(", ", columns.Select(c => $"{row}.\"{c}\""));
        return $"""
            CREATE VIRTUAL TABLE "SearchIndex" USING fts5({names}, content='SearchEntries', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
            {InsertTrigger(columns)}
            CREATE TRIGGER "SearchEntries_Deleted" AFTER DELETE ON "SearchEntries" BEGIN
              INSERT INTO "SearchIndex"("SearchIndex", rowid, {names}) VALUES ('delete', old."Id", {Values("old")});
            END;
            CREATE TRIGGER "SearchEntries_Updated" AFTER UPDATE ON "SearchEntries" BEGIN
              INSERT INTO "SearchIndex"("SearchIndex", rowid, {names}) VALUES ('delete', old."Id", {Values("old")});
              INSERT INTO "SearchIndex"(rowid, {names}) VALUES (new."Id", {Values("new")});
            END;
            INSERT INTO "SearchIndex"("SearchIndex") VALUES ('rebuild');

            """;
    }

    private static bool IsSqlite(string? provider) => provider == "Microsoft.EntityFrameworkCore.Sqlite";

    private const string SqliteUp = """
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
