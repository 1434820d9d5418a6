using Parley.Domain;

namespace Parley.Features.Analyses;

/// <summary>The date an analysis is asked "as of", as typed in a command option, a page field or an API parameter.</summary>
public static class AnalysisDate
{
    /// <summary>Null for nothing typed; a date known to the month or year counts from its first day; anything else names the field.</summary>
    public static DateOnly? Parse(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? null
        : PartialDate.TryParse(text, out var date) ? date.Earliest
        : throw new UserError($"{field}: '{text}' is not a date of the form YYYY-MM-DD");
}
