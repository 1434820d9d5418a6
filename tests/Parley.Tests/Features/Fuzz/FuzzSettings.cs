namespace Parley.Tests.Features.Fuzz;

/// <summary>
/// How many malformed inputs each fuzz test throws, and from which seed. The default run stays short; a longer run
/// sets PARLEY_FUZZ_SCALE (a multiplier, e.g. 20) and, to replay a failure, PARLEY_FUZZ_SEED (printed on failure).
/// </summary>
public static class FuzzSettings
{
    public const string ScaleVariable = "PARLEY_FUZZ_SCALE";
    public const string SeedVariable = "PARLEY_FUZZ_SEED";

    public static int Scale => int.TryParse(Environment.GetEnvironmentVariable(ScaleVariable), out var scale) && scale > 0 ? scale : 1;

    /// <summary>The seed of this run: the one asked for, or a fixed one so that the default suite is repeatable.</summary>
    public static int Seed => int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), out var seed) ? seed : 20261123;

    public static int Cases(int defaultCount) => defaultCount * Scale;

    /// <summary>A generator for one test, its seed mixed with the test's name so tests do not share a sequence.</summary>
    public static Random Random(string test) => new(HashCode.Combine(Seed, StableHash(test)));

    public static string Replay => $"replay with {SeedVariable}={Seed}";

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text) hash = hash * 31 + c;
        return hash;
    }
}
