namespace Parley.Features.Search;

/// <summary>
/// The SQL of SQLite's FTS5 index over SearchEntries that a bulk load (<see cref="SearchBulkLoad"/>) needs at run time:
/// the index and its triggers themselves were made by the AddSearch and SearchKindColumn migrations (fixed SQL there).
/// </summary>
public static class SearchSchema
{
    /// <summary>
    /// The FTS5 table's columns as the latest migration (SearchKindColumn) made them. <see cref="SearchBulkLoad"/> drops
    /// the insert trigger around a batch, fills these columns itself and makes the trigger again from them, so a new
    /// column of the index goes here as well as into its migration.
    /// </summary>
    internal static readonly string[] IndexColumns = ["TitleTerms", "BodyTerms", "Kind"];

    /// <summary>The insert trigger over <see cref="IndexColumns"/>, as the SearchKindColumn migration made it.</summary>
    internal static string SqliteInsertTrigger => $"""
        CREATE TRIGGER "SearchEntries_Inserted" AFTER INSERT ON "SearchEntries" BEGIN
          INSERT INTO "SearchIndex"(rowid, {Names(IndexColumns)}) VALUES (new."Id", {string.Join(", ", IndexColumns.Select(c => $"new.\"{c}\""))});
        END;
        """;

    /// <summary>Indexes the entries from <paramref name="firstId"/> on in one statement (a bulk load's batch).</summary>
    internal static string SqliteIndexFrom(long firstId) =>
        $"""INSERT INTO "SearchIndex"(rowid, {Names(IndexColumns)}) SELECT "Id", {Names(IndexColumns)} FROM "SearchEntries" WHERE "Id" >= {firstId.ToString(System.Globalization.CultureInfo.InvariantCulture)};""";

    private static string Names(string[] columns) => string.Join(", ", columns.Select(c => $"\"{c}\""));
}
