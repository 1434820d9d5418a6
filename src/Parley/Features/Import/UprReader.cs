using System.Globalization;
using System.Text;
using Parley.Features.Interchange;

namespace Parley.Features.Import;

/// <summary>
/// Reads a file in the UPR Info layout (To, To-Rgrp, To-Org, Text, From, From-Rgrp, From-Org, Response, Action,
/// Issue, Session) into checked rows. Extra columns are ignored; a missing column, a blank text, a response
/// outside the allowed words or a session that is not a number is a problem naming file, line and column.
/// Read for its texts only (tagging), a file needs the Text column and a text on every row: the other columns are
/// read when they can be and never stop the run, since a later session may word its responses in a new way.
/// </summary>
public static class UprReader
{
    public static readonly string[] Layout = ["To", "To-Rgrp", "To-Org", "Text", "From", "From-Rgrp", "From-Org", "Response", "Action", "Issue", "Session"];
    /// <summary>The layout as messages name it: the column names joined by commas, as in the file's header.</summary>
    public static string LayoutText { get; } = string.Join(",", Layout);
    private static readonly string[] Required = ["To", "Text", "From", "Response", "Session"];
    private static readonly string[] RequiredForText = ["Text"];

    /// <summary>True when a header row is the UPR Info layout (what sniffing a file's format looks for).</summary>
    public static bool IsUprHeader(IEnumerable<string> header)
    {
        var names = header.Select(h => h.Trim().TrimStart('\uFEFF')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return names.Contains("To") && names.Contains("To-Rgrp");
    }

    public static List<UprRow> Read(Stream stream, Encoding encoding, string file, ImportMapping mapping, List<ImportProblem> problems, ImportProgress progress, bool textsOnly = false)
    {
        var rows = new List<UprRow>();
        using var table = new CsvTable(stream, encoding, file, problems);
        if (!table.ReadHeader()) return rows;
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < table.Header.Count; i++)
        {
            var name = mapping.Columns.GetValueOrDefault(table.Header[i], table.Header[i]);
            columns.TryAdd(name, i);
        }
        var missing = (textsOnly ? RequiredForText : Required).Where(r => !columns.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            table.Problem(table.HeaderLine, "header", $"column(s) {string.Join(", ", missing)} missing: not the UPR Info layout ({LayoutText}); found '{Shorten(string.Join(",", table.Header))}'. Map other names with --mapping {{\"columns\": {{\"Your header\": \"To\"}}}}");
            return rows;
        }
        int Column(string name) => columns.GetValueOrDefault(name, -1);
        var (to, text, from, response, action, issue, session) = (Column("To"), Column("Text"), Column("From"), Column("Response"), Column("Action"), Column("Issue"), Column("Session"));

        foreach (var record in table.Rows())
        {
            progress.Report("reading", table.Progress);
            var line = record.Line;
            var fields = record.Fields;
            if (fields.Length != table.Header.Count)
            {
                table.Problem(line, "row", $"{fields.Length} field(s) where the header has {table.Header.Count} (an unquoted comma, or a missing one?)");
                if (fields.Length < table.Header.Count) continue;
            }
            string Field(int i) => i >= 0 && i < fields.Length ? fields[i].Trim() : "";
            var ok = true;
            void Problem(string column, string message) { table.Problem(line, column, message); ok = false; }
            void Check(string column, string message) { if (!textsOnly) Problem(column, message); }

            var toName = PartyNames.Clean(Field(to));
            var fromName = PartyNames.Clean(Field(from));
            var body = Field(text);
            if (toName.Length == 0) Check("To", "the state under review is missing");
            if (fromName.Length == 0) Check("From", "the recommending state is missing");
            if (body.Length == 0) Problem("Text", "the recommendation's text is missing");
            foreach (var (column, name) in new[] { ("To", toName), ("From", fromName) })
                if (name.Length > Store.Configurations.ModelBuilderExtensions.NameLength)
                    Check(column, $"a party name of {name.Length:N0} characters; at most {Store.Configurations.ModelBuilderExtensions.NameLength} are allowed");
            if (!UprResponses.TryParse(Field(response), out var answer))
                Check("Response", $"'{Shorten(Field(response))}' is not a response; use one of: {UprResponses.Allowed}");
            int? category = null;
            if (Field(action) is { Length: > 0 } a)
            {
                if (int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var c) && c is >= 1 and <= 5) category = c;
                else Check("Action", $"'{Shorten(a)}' is not an action category (1 to 5, or blank)");
            }
            var number = 0;
            if (!int.TryParse(Field(session), NumberStyles.None, CultureInfo.InvariantCulture, out number) || number is < 1 or > 999)
                Check("Session", $"'{Shorten(Field(session))}' is not a session number");
            var labels = Field(issue).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (ok) rows.Add(new UprRow(line, toName, fromName, body, answer, category, labels, number));
        }
        return rows;
    }

    /// <summary>A value quoted in a problem message, cut to 60 characters so one long field cannot flood the list.</summary>
    internal static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
