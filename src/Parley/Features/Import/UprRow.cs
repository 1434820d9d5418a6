using Parley.Domain;

namespace Parley.Features.Import;

/// <summary>One recommendation row of a UPR Info file, checked and typed; names still as the file spells them.</summary>
public sealed record UprRow(int Line, string To, string From, string Text, RecommendationResponse Response, int? ActionCategory, IReadOnlyList<string> Issues, int Session)
{
    /// <summary>
    /// The UPR cycle of a session: the first cycle ran sessions 1–12 (2008–2011); later cycles have 14 sessions each
    /// (cycle 2 is sessions 13–26).
    /// </summary>
    public static int CycleOf(int session) => session <= 12 ? 1 : 2 + (session - 13) / 14;
}
