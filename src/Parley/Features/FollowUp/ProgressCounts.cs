using Parley.Domain;

namespace Parley.Features.FollowUp;

/// <summary>
/// How many recommendations and commitments stand where: implemented; partially (partially implemented or in progress);
/// not implemented (not started or regressed); no information. Each state comes from <see cref="ImplementationRule"/>.
/// </summary>
public sealed record ProgressCounts(int Implemented, int Partially, int NotImplemented, int NoInformation)
{
    public static readonly ProgressCounts Zero = new(0, 0, 0, 0);

    public int Total => Implemented + Partially + NotImplemented + NoInformation;

    public ProgressCounts Add(ImplementationState state) => state switch
    {
        ImplementationState.Implemented => this with { Implemented = Implemented + 1 },
        ImplementationState.PartiallyImplemented or ImplementationState.InProgress => this with { Partially = Partially + 1 },
        ImplementationState.NotStarted or ImplementationState.Regressed => this with { NotImplemented = NotImplemented + 1 },
        _ => this with { NoInformation = NoInformation + 1 },
    };

    /// <summary>The four counts in the order the page, the charts and the command line show them.</summary>
    public IReadOnlyList<int> InOrder => [Implemented, Partially, NotImplemented, NoInformation];

    /// <summary>The names of the four counts, in English and Vietnamese.</summary>
    public static IReadOnlyList<string> Names(bool vietnamese = false) => vietnamese
        ? ["đã thực hiện", "thực hiện một phần", "chưa thực hiện", "không có thông tin"]
        : ["implemented", "partially", "not implemented", "no information"];
}
