using Parley.Domain;

namespace Parley.Features.Import;

/// <summary>
/// One recommendation row of a UN recommendations file (UPR Info, the OHCHR matrix, the Universal Human Rights
/// Index), checked and typed; names still as the file spells them. The optional parts are what the other layouts
/// carry and UPR Info's does not: a key of their own, a paragraph for the locator, the body that made it, a date.
/// </summary>
public sealed record UprRow(int Line, string To, string From, string Text, RecommendationResponse Response, int? ActionCategory, IReadOnlyList<string> Issues, int? Session)
{
    /// <summary>The key the file itself gives the row (the Index's annotation id); otherwise one is made from its content.</summary>
    public string? Key { get; init; }

    /// <summary>Where in the file and its UN document the row is, beyond its line ("para. 110.1; position: A/HRC/41/7/Add.1").</summary>
    public string? Place { get; init; }

    /// <summary>What <see cref="Line"/> counts: "line" in a CSV file, "row" in a workbook's sheet.</summary>
    public string LineName { get; init; } = "line";

    public string Mechanism { get; init; } = UprImporter.Mechanism;
    public int? Cycle { get; init; }
    public PartialDate? Date { get; init; }

    /// <summary>
    /// The UPR cycle of a session: the first cycle ran sessions 1–12 (2008–2011); later cycles have 14 sessions each
    /// (cycle 2 is sessions 13–26).
    /// </summary>
    public static int CycleOf(int session) => session <= 12 ? 1 : 2 + (session - 13) / 14;
}
