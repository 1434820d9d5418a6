using System.Text;
using System.Text.RegularExpressions;
using Parley.Domain;
using Parley.Features.Interchange;

namespace Parley.Features.Import;

/// <summary>
/// Reads the OHCHR layout of a state's UPR recommendations (the "matrix" / thematic list): a column with the
/// recommendation as the report prints it, paragraph number first and recommending states last
/// ("110.1 Ratify the Convention ... (France);"), the position of the state under review (Supported / Noted), the
/// source of that position, themes, affected persons and SDGs. A recommendation made by several states becomes one
/// row per state, as in the UPR Info data. The state under review comes from a "State under review" column or, for a
/// matrix of one state, from --under-review.
/// </summary>
public static partial class UprMatrixReader
{
    public const string RecommendationColumn = "Recommendation";
    public const string PositionColumn = "Position";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Recommendation"] = RecommendationColumn, ["Recommendations"] = RecommendationColumn,
        ["Position"] = PositionColumn, ["Position of the State under review"] = PositionColumn, ["Response"] = PositionColumn,
        ["Source of position"] = "Source of position",
        ["Themes"] = "Themes", ["Full list of themes"] = "Themes", ["Theme"] = "Themes",
        ["Affected persons"] = "Affected persons", ["Affected groups"] = "Affected persons",
        ["SDGs"] = "SDGs", ["SDG"] = "SDGs",
        ["State under review"] = "State under review", ["Cycle"] = "Cycle",
    };

    /// <summary>True for a header with a recommendation column and a position column (what sniffing looks for).</summary>
    public static bool IsHeader(IEnumerable<string> header)
    {
        var names = header.Select(h => Aliases.GetValueOrDefault(h.Trim().TrimStart('\uFEFF'), "")).ToHashSet();
        return names.Contains(RecommendationColumn) && names.Contains(PositionColumn);
    }

    public static List<UprRow> Read(Stream stream, Encoding encoding, string file, string? underReview, List<ImportProblem> problems, ImportProgress progress)
    {
        var rows = new List<UprRow>();
        using var table = IRecordTable.Open(stream, encoding, file, problems);
        if (!table.ReadHeader()) return rows;
        var columns = table.ColumnsBy(Aliases);
        if (!columns.ContainsKey(RecommendationColumn) || !columns.ContainsKey(PositionColumn))
        {
            table.Problem(table.HeaderLine, "header", $"not the OHCHR recommendations layout: columns '{RecommendationColumn}' and '{PositionColumn}' are needed (found '{string.Join(",", table.Header)}')");
            return rows;
        }
        if (!columns.ContainsKey("State under review") && string.IsNullOrWhiteSpace(underReview))
        {
            table.Problem(table.HeaderLine, "header", "the file has no 'State under review' column: name the state with --under-review NAME");
            return rows;
        }
        int Column(string name) => columns.GetValueOrDefault(name, -1);

        foreach (var record in table.Rows())
        {
            progress.Report("reading", table.Progress);
            var line = record.Line;
            string Field(string name) => Column(name) is var i and >= 0 && i < record.Fields.Length ? record.Fields[i].Trim() : "";
            var ok = true;
            void Problem(string column, string message) { table.Problem(line, column, message); ok = false; }

            var match = Recommendation().Match(Field(RecommendationColumn));
            if (!match.Success)
            {
                Problem(RecommendationColumn, "expected 'paragraph text (recommending state)', e.g. '110.1 Ratify the Convention (France);'");
                continue;
            }
            var paragraph = match.Groups["para"].Value;
            var text = match.Groups["text"].Value.Trim();
            var states = match.Groups["states"].Value.Split([',', ';', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(PartyNames.Clean).Where(s => s.Length > 0).ToList();
            if (states.Count == 0) Problem(RecommendationColumn, "no recommending state in the closing brackets");
            var position = Field(PositionColumn);
            if (!TryPosition(position, out var response)) Problem(PositionColumn, $"'{position}' is not a position; use Supported or Noted");
            var toName = PartyNames.Clean(Field("State under review") is { Length: > 0 } named ? named : underReview ?? "");
            if (toName.Length == 0) Problem("State under review", "the state under review is missing");
            int? cycle = null;
            if (Field("Cycle") is { Length: > 0 } c)
            {
                if (int.TryParse(c, out var n) && n is >= 1 and <= 20) cycle = n;
                else Problem("Cycle", $"'{c}' is not a UPR cycle number");
            }
            if (!ok) continue;
            var labels = UnLabels.Split(Field("Themes")).Concat(UnLabels.Split(Field("Affected persons"))).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var source = Field("Source of position");
            var place = $"para. {paragraph}" + (source.Length > 0 ? $"; position: {source}" : "");
            foreach (var state in states)
                rows.Add(new UprRow(line, toName, state, text, response, null, labels, null) { Place = place, Cycle = cycle, LineName = table.LineName });
        }
        return rows;
    }

    private static bool TryPosition(string text, out RecommendationResponse response)
    {
        response = RecommendationResponse.None;
        var word = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
        if (word.Equals("Supported", StringComparison.OrdinalIgnoreCase) || word.Equals("Accepted", StringComparison.OrdinalIgnoreCase)) response = RecommendationResponse.Accepted;
        else if (word.Equals("Noted", StringComparison.OrdinalIgnoreCase)) response = RecommendationResponse.Noted;
        else return false;
        return true;
    }

    /// <summary>"110.1 Ratify ... (France);" → para 110.1, the text, and the states in the last brackets.</summary>
    [GeneratedRegex(@"^\s*(?<para>\d{1,3}\.\d{1,3})\.?\s+(?<text>.+?)\s*\((?<states>[^()]+)\)\s*[;.]?\s*$", RegexOptions.Singleline)]
    private static partial Regex Recommendation();
}
