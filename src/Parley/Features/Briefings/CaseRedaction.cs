using Parley.Features.Accounts;

namespace Parley.Features.Briefings;

/// <summary>
/// The redacted edition of a briefing: every case name withheld wherever it appears (agenda notes and quoted sources
/// too), in any spelling, by the same <see cref="Withholding"/> that serves readers without case access.
/// </summary>
public static class CaseRedaction
{
    public const string Withheld = Withholding.Withheld;

    public static Briefing Apply(Briefing briefing, IEnumerable<string> names) => Withholding.Of(names).Apply(briefing);
}
