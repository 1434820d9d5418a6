using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Parley.Features.Backup;

/// <summary>
/// What `parley backup` writes beside a backup (FILE.manifest.json): the file's SHA-256 and size, the schema it was made
/// with, when, and how many records of each kind it holds. With a signing secret configured the manifest carries an
/// HMAC-SHA256 over its exact text, so a backup edited and given a fresh checksum is still refused.
/// </summary>
public sealed record BackupManifest(
    string File, string Format, string Sha256, long Bytes, string Schema, DateTimeOffset MadeAt, IReadOnlyDictionary<string, int> Counts)
{
    public const string SqliteFormat = "sqlite";
    public const string JsonFormat = "json";
    private const string SignaturePrefix = "hmac-sha256:";

    public static string PathFor(string backup) => backup + ".manifest.json";

    public static string Sha256Of(string file)
    {
        using var stream = System.IO.File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Writes the manifest for <paramref name="backup"/>, signed when a secret is given.</summary>
    public async Task WriteAsync(string backup, string? secret, CancellationToken ct)
    {
        var text = JsonSerializer.Serialize(this, Options);
        var signature = secret is null ? "" : $",\n  \"signature\": \"{SignaturePrefix}{Sign(text, secret)}\"";
        var temporary = PathFor(backup) + ".partial";
        await System.IO.File.WriteAllTextAsync(temporary, $"{{\n  \"manifest\": {text}{signature}\n}}\n", ct);
        System.IO.File.Move(temporary, PathFor(backup), overwrite: true);
    }

    /// <summary>
    /// Reads the manifest of <paramref name="backup"/> and checks its signature and the file's SHA-256; any mismatch is a
    /// <see cref="UserError"/> saying what did not match. A signed backup needs the secret it was made with; with a secret
    /// configured, an unsigned one is refused too (anyone could have written it).
    /// </summary>
    public static async Task<BackupManifest> ReadCheckedAsync(string backup, string? secret, CancellationToken ct)
    {
        var path = PathFor(backup);
        if (!System.IO.File.Exists(path))
            throw new UserError($"{path} is missing: a backup is only restored with the manifest 'parley backup' wrote beside it; nothing was restored");
        BackupManifest manifest;
        string? signature;
        string text;
        try
        {
            using var document = JsonDocument.Parse(await System.IO.File.ReadAllTextAsync(path, ct));
            text = document.RootElement.GetProperty("manifest").GetRawText();
            signature = document.RootElement.TryGetProperty("signature", out var signed) ? signed.GetString() : null;
            manifest = JsonSerializer.Deserialize<BackupManifest>(text, Options)
                ?? throw new JsonException("the manifest is empty");
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new UserError($"{path} is not a backup manifest ({e.Message}); nothing was restored");
        }

        if (signature is null && secret is not null)
            throw new UserError($"{backup} is not signed, but a backup signing secret is configured here ({BackupSecret.Names}): " +
                "an unsigned backup could have been written by anyone; nothing was restored");
        if (signature is not null && secret is null)
            throw new UserError($"{backup} is signed, but no backup signing secret is configured here: set {BackupSecret.Names} " +
                "to the secret it was made with; nothing was restored");
        if (signature is not null && !SignatureMatches(text, signature, secret!))
            throw new UserError($"the signature in {path} does not match the configured backup signing secret: the manifest " +
                "was changed, or the backup was made with another secret; nothing was restored");
        if (!System.IO.File.Exists(backup)) throw new UserError($"file not found: {backup}");
        if (!string.Equals(Sha256Of(backup), manifest.Sha256, StringComparison.OrdinalIgnoreCase))
            throw new UserError($"{backup} does not match the SHA-256 in its manifest: it was changed or damaged after the backup " +
                "was made; nothing was restored");
        return manifest;
    }

    /// <summary>One line for the restore's audit entry and output.</summary>
    public string Describe() => $"made {MadeAt:yyyy-MM-dd HH:mm} UTC, {Counts.Values.Sum():N0} records, schema {Schema}";

    private static string Sign(string text, string secret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(text)));

    private static bool SignatureMatches(string text, string signature, string secret) =>
        signature.StartsWith(SignaturePrefix, StringComparison.Ordinal)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(signature[SignaturePrefix.Length..]),
            Encoding.ASCII.GetBytes(Sign(text, secret)));

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        RespectRequiredConstructorParameters = true,
    };
}
