using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Parley.Soak;

/// <summary>
/// Every acknowledged write is in the store with the text last acknowledged, and nothing else the soak wrote is:
/// the soak records in `parley export` and the client's list agree by count and by a SHA-256 over "key\ttext" lines.
/// </summary>
public static class SoakCheck
{
    public static int Run(string exportPath, string dir)
    {
        var expected = File.ReadAllLines(Path.Combine(dir, "acknowledged.tsv")).Where(l => l.Length > 0).ToList();
        using var export = JsonDocument.Parse(File.ReadAllBytes(exportPath));
        var stored = export.RootElement.TryGetProperty("recommendations", out var recs)
            ? recs.EnumerateArray()
                .Select(r => (Key: r.GetProperty("key").GetString()!, Text: r.GetProperty("text").GetString()!))
                .Where(r => r.Key.StartsWith("soak-", StringComparison.Ordinal))
                .OrderBy(r => r.Key, StringComparer.Ordinal)
                .Select(r => $"{r.Key}\t{r.Text}")
                .ToList()
            : [];
        var (expectedSum, storedSum) = (Checksum(expected), Checksum(stored));
        var missing = expected.Select(Key).Except(stored.Select(Key)).ToList();
        var extra = stored.Select(Key).Except(expected.Select(Key)).ToList();
        var duplicated = stored.Count - stored.Select(Key).Distinct().Count();
        var stale = expected.Except(stored).Count() - missing.Count;
        Console.WriteLine($"acknowledged {expected.Count:N0}, stored {stored.Count:N0}; missing {missing.Count}, unacknowledged extra {extra.Count}, duplicated {duplicated}, stale text {stale}");
        Console.WriteLine($"checksum acknowledged {expectedSum}");
        Console.WriteLine($"checksum stored       {storedSum}");
        var ok = expectedSum == storedSum && expected.Count == stored.Count;
        Console.WriteLine(ok ? "CHECK OK: every acknowledged write is stored, once, as acknowledged" : "CHECK FAILED");
        return ok ? 0 : 1;
    }

    private static string Key(string line) => line[..line.IndexOf('\t')];

    private static string Checksum(IEnumerable<string> lines) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", lines))));
}
