using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Parley.Domain;
using Parley.Features.Interchange;

namespace Parley.Features.Import;

/// <summary>
/// Reads an export of the Universal Human Rights Index: one recommendation or observation per row, with its
/// annotation id, document symbol, text, publication date, countries, affected persons, themes, SDGs and the body
/// that made it (a treaty body, a special procedure or the UPR). The annotation id keys the record, so importing
/// the same export again adds nothing; a row naming several countries becomes one record per country.
/// </summary>
public static partial class UhriReader
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Annotation id"] = "Annotation id", ["Annotation"] = "Annotation id", ["Id"] = "Annotation id",
        ["Symbol"] = "Symbol", ["Document symbol"] = "Symbol",
        ["Text"] = "Text", ["Recommendation"] = "Text",
        ["Publication date"] = "Publication date", ["Date"] = "Publication date",
        ["Countries"] = "Countries", ["Country"] = "Countries",
        ["Affected persons"] = "Affected persons", ["Themes"] = "Themes", ["SDGs"] = "SDGs",
        ["Body"] = "Body", ["Mechanism"] = "Body",
    };
    private static readonly string[] Required = ["Annotation id", "Symbol", "Text", "Countries", "Body"];

    /// <summary>True for a header with an annotation id and a symbol column (what sniffing looks for).</summary>
    public static bool IsHeader(IEnumerable<string> header)
    {
        var names = header.Select(h => h.Trim().TrimStart('\uFEFF')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return (names.Contains("Annotation id") || names.Contains("Annotation")) && (names.Contains("Symbol") || names.Contains("Document symbol"));
    }

    public static List<UprRow> Read(Stream stream, Encoding encoding, string file, List<ImportProblem> problems, ImportProgress progress)
    {
        var rows = new List<UprRow>();
        using var table = IRecordTable.Open(stream, encoding, file, problems);
        if (!table.ReadHeader()) return rows;
        var columns = table.ColumnsBy(Aliases);
        var missing = Required.Where(r => !columns.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            table.Problem(table.HeaderLine, "header", $"column(s) {string.Join(", ", missing)} missing: not a Universal Human Rights Index export (found '{string.Join(",", table.Header)}')");
            return rows;
        }
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in table.Rows())
        {
            progress.Report("reading", table.Progress);
            var line = record.Line;
            string Field(string name) => columns.TryGetValue(name, out var i) && i < record.Fields.Length ? record.Fields[i].Trim() : "";
            var ok = true;
            void Problem(string column, string message) { table.Problem(line, column, message); ok = false; }

            var id = Field("Annotation id");
            if (!Id().IsMatch(id)) Problem("Annotation id", id.Length == 0 ? "the annotation id is missing" : $"'{id}' is not an annotation id (letters, digits and -)");
            else if (ids.TryGetValue(id, out var first)) Problem("Annotation id", $"'{id}' is already on {table.LineName} {first}");
            else ids[id] = line;
            var text = Field("Text");
            if (text.Length == 0) Problem("Text", "the text is missing");
            var symbol = Field("Symbol");
            if (symbol.Length == 0) Problem("Symbol", "the document symbol is missing");
            var body = Field("Body");
            if (body.Length == 0) Problem("Body", "the body is missing");
            var countries = UnLabels.Split(Field("Countries")).Select(PartyNames.Clean).ToList();
            if (countries.Count == 0) Problem("Countries", "no country");
            PartialDate? date = null;
            if (Field("Publication date") is { Length: > 0 } d)
            {
                if (ParseDate(d) is { } parsed) date = parsed;
                else Problem("Publication date", $"'{d}' is not a date (YYYY-MM-DD or DD/MM/YYYY)");
            }
            if (!ok) continue;
            // A UPR annotation ends with its recommending state in brackets, as the report prints it.
            var from = body.Equals("UPR", StringComparison.OrdinalIgnoreCase) && Recommender().Match(text) is { Success: true } m ? PartyNames.Clean(m.Groups[1].Value) : "";
            var labels = UnLabels.Split(Field("Themes")).Concat(UnLabels.Split(Field("Affected persons"))).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var country in countries)
            {
                var key = "uhri-" + id.ToLowerInvariant() + (countries.Count > 1 ? "-" + PartyNames.Slug(country) : "");
                rows.Add(new UprRow(line, country, from, text, RecommendationResponse.None, null, labels, null)
                {
                    Key = key, Place = $"annotation {id}; {symbol}", Mechanism = body, Date = date, LineName = table.LineName,
                });
            }
        }
        return rows;
    }

    private static PartialDate? ParseDate(string text)
    {
        if (PartialDate.TryParse(text, out var iso)) return iso;
        return DateOnly.TryParseExact(text, ["d/M/yyyy", "dd/MM/yyyy", "d MMM yyyy", "d MMMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? PartialDate.FromDate(day) : null;
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9-]{0,80}$")]
    private static partial Regex Id();

    [GeneratedRegex(@"\(([^()]+)\)\s*[;.]?\s*$")]
    private static partial Regex Recommender();
}
