using System.Globalization;

namespace Parley;

/// <summary>
/// How much input Parley takes in one go, past which it refuses with a message naming the limit: a request body
/// (API records, page forms), an upload on /import, a file given to `parley import`, and a search query. Each can
/// be changed with an environment variable; docs/limits.md lists them and why the defaults are what they are.
/// </summary>
public sealed record InputLimits(long RequestBytes, long UploadBytes, long ImportFileBytes, int QueryLength)
{
    public const string RequestBytesVariable = "PARLEY_MAX_REQUEST_BYTES";
    public const string UploadBytesVariable = "PARLEY_MAX_UPLOAD_BYTES";
    public const string ImportFileBytesVariable = "PARLEY_MAX_IMPORT_BYTES";
    public const string QueryLengthVariable = "PARLEY_MAX_QUERY_LENGTH";
    public const string EvidenceBytesVariable = "PARLEY_MAX_EVIDENCE_BYTES";

    /// <summary>
    /// The largest file kept as evidence of a progress report (10 MiB: a scanned decree or a photograph); a request that
    /// carries one may be this much larger than <see cref="RequestBytes"/>.
    /// </summary>
    public long EvidenceBytes { get; init; } = 10L << 20;

    /// <summary>
    /// A record is a few kilobytes; 4 MiB leaves room for long texts. The largest real UPR Info file is 2.3 MB, so
    /// 64 MiB uploads take any real file with room to spare. A JSON document is read whole into memory, so the
    /// command line stops at 512 MiB. 500 characters hold any real search (at most 16 terms).
    /// </summary>
    public static InputLimits Defaults { get; } = new(4L << 20, 64L << 20, 512L << 20, 500);

    /// <summary>The limits in force: the defaults, each replaced by its environment variable when that is set.</summary>
    public static InputLimits Current => _current ??= FromEnvironment();

    private static InputLimits? _current;

    public static InputLimits FromEnvironment() => new(
        Read(RequestBytesVariable, Defaults.RequestBytes),
        Read(UploadBytesVariable, Defaults.UploadBytes),
        Read(ImportFileBytesVariable, Defaults.ImportFileBytes),
        (int)Math.Min(int.MaxValue, Read(QueryLengthVariable, Defaults.QueryLength)))
    {
        EvidenceBytes = Read(EvidenceBytesVariable, Defaults.EvidenceBytes),
    };

    /// <summary>A size as people read it: "4 MiB", "512 KiB", "900 bytes".</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 when bytes % (1L << 30) == 0 => $"{bytes >> 30} GiB",
        >= 1L << 20 when bytes % (1L << 20) == 0 => $"{bytes >> 20} MiB",
        >= 1L << 10 when bytes % (1L << 10) == 0 => $"{bytes >> 10} KiB",
        _ => $"{bytes:N0} bytes",
    };

    private static long Read(string variable, long fallback) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } text
            ? long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value
                : throw new UserError($"{variable} must be a positive whole number of {(variable == QueryLengthVariable ? "characters" : "bytes")}, not '{text}'")
            : fallback;
}
