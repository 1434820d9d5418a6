using System.Diagnostics;
using Parley.Features.Import;
using Parley.Store;

namespace Parley.Features.Setup;

/// <summary>
/// The UPR Info recommendations of sessions 1–17 (2008–2013, all states), kept beside the checkout in
/// ../shared/data/upr-info-2008-2014, loaded by `parley init --with upr`. Not bundled: 33,000 rows would make every
/// default store large, and the files are public data that a user adds on purpose.
/// </summary>
public static class UprDataSet
{
    public const string Name = "upr";
    public const string EnvironmentVariable = "PARLEY_UPR_DATA";
    private const string Folder = "upr-info-2008-2014";

    /// <summary>The session files (the voluntary pledges file is not recommendations and stays out).</summary>
    public static IReadOnlyList<string> Files(string folder) =>
        Directory.GetFiles(folder, "sessions-*.csv").Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The folder named by --upr-data, else by PARLEY_UPR_DATA, else shared/data/upr-info-2008-2014 in the working
    /// directory or any folder above it (the checkout's ../shared), else beside the executable.
    /// </summary>
    public static string Locate(string? given)
    {
        if ((given ?? Environment.GetEnvironmentVariable(EnvironmentVariable)) is { Length: > 0 } named)
        {
            if (!Directory.Exists(named) || Files(named).Count == 0)
                throw new UserError($"no UPR Info session files (sessions-*.csv) in {Path.GetFullPath(named)}");
            return named;
        }
        var looked = new List<string>();
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data", Folder);
                if (Directory.Exists(candidate) && Files(candidate).Count > 0) return candidate;
                looked.Add(Path.Combine(dir.FullName, "shared"));
            }
        }
        throw new UserError($"the UPR Info files (shared/data/{Folder}/sessions-*.csv) were not found beside the checkout; " +
            $"give the folder with --upr-data DIR or {EnvironmentVariable}=DIR (looked in {string.Join(", ", looked.Distinct().Take(4))}, ...)");
    }

    /// <summary>
    /// Imports every session file, each in one transaction; files already loaded add nothing. Each file is read and
    /// checked on another thread while the one before it is written, and the planner's statistics are refreshed at
    /// the end. Progress goes to <paramref name="log"/>.
    /// </summary>
    public static async Task<int> LoadAsync(ParleyDb db, string folder, TextWriter log, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var added = 0;
        var mapping = await StoredIssueMapping.LoadAsync(db, ct);
        var files = Files(folder);
        Task<UprFile> ReadAsync(string file) => Task.Run(() =>
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
            return UprFile.Read(stream, TextDecoding.Detect(stream), file, mapping, ImportProgress.None);
        }, ct);
        var next = files.Count > 0 ? ReadAsync(files[0]) : null;
        await using (var bulk = await SqliteBulkWrites.StartAsync(db, ct))
        {
            for (var i = 0; i < files.Count; i++)
            {
                var file = files[i];
                log.WriteLine($"UPR Info: {Path.GetFileName(file)} ...");
                var read = await next!;
                next = i + 1 < files.Count ? ReadAsync(files[i + 1]) : null;
                var result = await new UprImporter(db, mapping, new ImportProgress(log)).ImportAsync(read, dryRun: false, update: false, ct);
                if (!result.Succeeded)
                    throw new UserError($"{file}: {result.Problems.Count} problem(s), nothing of this file was written: " + string.Join("; ", result.Problems.Take(3)));
                bulk?.Committed();
                var rows = result.Added.GetValueOrDefault("recommendations");
                added += rows;
                log.WriteLine($"UPR Info: {Path.GetFileName(file)}: {rows} recommendation(s) added, {result.Skipped.GetValueOrDefault("recommendations")} already stored ({clock.Elapsed.TotalSeconds:0.0} s)");
            }
            if (added > 0) await StoreStatistics.RefreshAsync(db, ct);
        }
        return added;
    }
}
