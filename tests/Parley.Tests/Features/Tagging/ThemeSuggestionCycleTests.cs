using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Tagging;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Tagging;

/// <summary>Suggest → confirm or reject → retrain, through the CLI on both stores: decisions stick, are audited and are learnt from.</summary>
public class ThemeSuggestionCycleTests
{
    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Confirmed_themes_become_issue_areas_and_rejected_ones_are_never_suggested_again(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        await using (var db = store.Open())
        {
            db.Recommendations.AddRange(
                new Recommendation { Key = "hand-dp-1", Text = "Abolish the death penalty for drug offences", Mechanism = "UPR" },
                new Recommendation { Key = "hand-dp-2", Text = "Establish a moratorium on executions of juveniles", Mechanism = "UPR" });
            await db.SaveChangesAsync();
        }
        var training = store.File("labelled.csv");
        await File.WriteAllTextAsync(training, ThemeExamples.UprFile());

        var trained = await Cli.OkAsync("tag", "train", "--from", training, "--db", store.Db);
        Assert.Contains("0 confirmed and 0 rejected theme(s) in the store", trained.Out);
        await Cli.OkAsync("tag", "apply", "--db", store.Db);
        Assert.Equal(ThemeSuggestionStatus.Suggested, await StatusAsync(store, "hand-dp-1", "Death penalty"));
        Assert.Equal(ThemeSuggestionStatus.Suggested, await StatusAsync(store, "hand-dp-2", "Death penalty"));

        var confirmed = await Cli.OkAsync("tag", "confirm", "hand-dp-1", "Death penalty", "--db", store.Db);
        await Cli.OkAsync("tag", "reject", "hand-dp-2", "Death penalty", "--db", store.Db);

        Assert.Contains("filed under Death penalty", confirmed.Out);
        await using (var db = store.Open())
        {
            var areas = await db.Recommendations.Where(r => r.Key == "hand-dp-1").SelectMany(r => r.IssueAreas).Select(a => a.Key).ToListAsync();
            Assert.Equal(["death-penalty"], areas);
            var audit = await db.AuditEntries.Where(a => a.Kind == "Recommendation" && a.RecordKey == "hand-dp-2").Select(a => a.After).ToListAsync();
            Assert.Contains(audit, a => a != null && a.Contains("rejected", StringComparison.Ordinal) && a.Contains("Death penalty", StringComparison.Ordinal));
        }
        var again = await Cli.RunAsync("tag", "reject", "hand-dp-2", "Death penalty", "--db", store.Db);
        Assert.Contains("already rejected", again.Error);

        var retrained = await Cli.OkAsync("tag", "train", "--from", training, "--db", store.Db);
        Assert.Contains("1 confirmed and 1 rejected theme(s) in the store", retrained.Out);
        await Cli.OkAsync("tag", "apply", "--all", "--db", store.Db);

        Assert.Equal(ThemeSuggestionStatus.Rejected, await StatusAsync(store, "hand-dp-2", "Death penalty"));
        Assert.Equal(ThemeSuggestionStatus.Confirmed, await StatusAsync(store, "hand-dp-1", "Death penalty"));
        await using (var db = store.Open())
        {
            var recommendation = await db.Recommendations.SingleAsync(r => r.Key == "hand-dp-2");
            var shown = await ThemeSuggestions.ForAsync(db, recommendation);
            Assert.DoesNotContain(shown, t => t.Label == "Death penalty" && t.Status != ThemeSuggestionStatus.Rejected);
            var (examples, _) = await ThemeTrainingData.CollectAsync(db, [training]);
            Assert.Equal(["Death penalty"], examples.Single(e => e.Text == "Abolish the death penalty for drug offences").Labels);
            Assert.Empty(examples.Single(e => e.Text == "Establish a moratorium on executions of juveniles").Labels);
            Assert.Equal(2, await db.Set<StoredThemeModel>().CountAsync());
        }
    }

    private static async Task<ThemeSuggestionStatus?> StatusAsync(TempStore store, string key, string label)
    {
        await using var db = store.Open();
        return await db.Set<ThemeSuggestion>().Where(s => s.Recommendation!.Key == key && s.Label == label).Select(s => (ThemeSuggestionStatus?)s.Status).SingleOrDefaultAsync();
    }
}
