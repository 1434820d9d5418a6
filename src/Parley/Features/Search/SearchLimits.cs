using System.Globalization;

namespace Parley.Features.Search;

/// <summary>
/// Past how many matches a search estimates its counts instead of reading every match (<paramref name="ExactLimit"/>),
/// and about how many matches an estimate reads (<paramref name="SampleSize"/>). A common word matches most of a
/// million records; reading each one's facet values costs seconds on PostgreSQL, a sample tens of milliseconds.
/// Set by PARLEY_SEARCH_EXACT_LIMIT and PARLEY_SEARCH_SAMPLE_SIZE (environment, or the web app's configuration), so
/// a small store can show the estimates too.
/// </summary>
public sealed record SearchLimits(int ExactLimit, int SampleSize)
{
    public const string ExactLimitVariable = "PARLEY_SEARCH_EXACT_LIMIT";
    public const string SampleSizeVariable = "PARLEY_SEARCH_SAMPLE_SIZE";

    public static SearchLimits Defaults { get; } = new(50_000, 10_000);

    /// <summary>The limits named by <paramref name="read"/> (a variable's value, or null when it is not set).</summary>
    public static SearchLimits From(Func<string, string?> read) =>
        new(Read(read, ExactLimitVariable, Defaults.ExactLimit), Read(read, SampleSizeVariable, Defaults.SampleSize));

    /// <summary>The limits set in the environment (the command line).</summary>
    public static SearchLimits FromEnvironment() => From(Environment.GetEnvironmentVariable);

    private static int Read(Func<string, string?> read, string variable, int fallback) =>
        read(variable) is { Length: > 0 } text
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value
                : throw new UserError($"{variable} must be a positive whole number of matches, not '{text}'")
            : fallback;
}
