using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Import;

/// <summary>The UPR Info files of 2008–2014 as published (bare CR line ends, Mac Roman bytes), imported whole.</summary>
public class UprRealDataTests
{
    private static readonly string Folder = SharedFolder.Path("data", "upr-info-2008-2014");

    /// <summary>The row counts SOURCE.txt states for each file ("sessions-01-05 6094, ...").</summary>
    private static Dictionary<string, int> StatedRowCounts()
    {
        var text = File.ReadAllText(Path.Combine(Folder, "SOURCE.txt"));
        var rows = text[text.IndexOf("Rows:", StringComparison.Ordinal)..];
        rows = rows[..rows.IndexOf('.')];
        return Regex.Matches(rows, @"([a-z0-9-]+) (\d+)").ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value));
    }

    [Fact]
    public async Task Every_file_imports_with_its_rows_Viet_Nam_and_accents_intact_and_a_second_import_adds_nothing()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        var counts = StatedRowCounts();
        Assert.Equal(5, counts.Count);

        foreach (var (name, rows) in counts)
        {
            var run = await Cli.OkAsync("import", Path.Combine(Folder, name + ".csv"), "--db", store.Path);
            Assert.Matches($@"recommendations\s+added\s+{rows}\b", run.Out);
        }

        await using (var db = store.Open())
        {
            // Each recommendation's source, looked up through its own citation (one index lookup per row).
            var fileOf = await db.Recommendations.AsNoTracking().Where(r => r.Mechanism == "UPR")
                .Select(r => new { r.Key, r.Session, ToParty = r.ToParty!.Key, Source = r.Citations.Select(c => c.Source.Key).First() }).ToListAsync();
            foreach (var (name, rows) in counts)
                Assert.Equal(rows, fileOf.Count(r => r.Source == "upr-info-" + name));

            // Viet Nam is matched to the bundled party "Vietnam" (key vn) through its alias, not created again.
            Assert.Equal(0, await db.Parties.CountAsync(p => p.Name == "Viet Nam"));
            var vietnamKeys = fileOf.Where(r => r.ToParty == "vn" && r.Session == 5 && r.Source == "upr-info-sessions-01-05").Select(r => r.Key).ToList();
            var vietnam = await db.Recommendations.AsNoTracking().Where(r => vietnamKeys.Contains(r.Key)).ToListAsync();
            Assert.Equal(172, vietnam.Count);
            Assert.All(vietnam, r => Assert.Equal(1, r.Cycle));
            Assert.All(vietnam, r => Assert.Equal("UPR", r.Mechanism));
            // Counted in the file with Python's csv module: 119 Accepted, 53 Noted.
            Assert.Equal(119, vietnam.Count(r => r.Response == RecommendationResponse.Accepted));
            Assert.Equal(53, vietnam.Count(r => r.Response == RecommendationResponse.Noted));

            Assert.True(await db.Recommendations.AnyAsync(r => r.Text.Contains("Instance Equité - Reconciliation")));
            Assert.True(await db.Recommendations.AnyAsync(r => r.Text.Contains("the Guaraní indigenous peoples")));
            Assert.True(await db.Recommendations.AnyAsync(r => r.Text.StartsWith("Côte d'Ivoire intends")));
            // A string, not a char: this is an EF query, translated to SQL the same way on both stores.
#pragma warning disable CA1847
            Assert.False(await db.Recommendations.AnyAsync(r => r.Text.Contains("\uFFFD")));
#pragma warning restore CA1847
            Assert.Equal(RecommendationResponse.VoluntaryPledge,
                (await db.Recommendations.FirstAsync(r => r.Text.StartsWith("Côte d'Ivoire intends"))).Response);
            var labourAreas = await db.Recommendations.Where(r => r.Session == 5 && r.ToParty!.Key == "vn")
                .SelectMany(r => r.IssueAreas).Select(a => a.Key).Distinct().ToListAsync();
            Assert.Contains("labour-rights", labourAreas);
        }

        var total = counts.Values.Sum();
        foreach (var name in counts.Keys)
        {
            var again = await Cli.OkAsync("import", Path.Combine(Folder, name + ".csv"), "--db", store.Path);
            Assert.Contains("Nothing to add", again.Out);
        }
        await using (var db = store.Open())
            Assert.Equal(total, await db.Recommendations.CountAsync(r => r.Mechanism == "UPR"));
    }
}
