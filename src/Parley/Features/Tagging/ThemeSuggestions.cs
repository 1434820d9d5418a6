using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Accounts;
using Parley.Features.Import;
using Parley.Store;

namespace Parley.Features.Tagging;

/// <summary>
/// Suggested themes in the store: shown per recommendation (stored ones and, for a recommendation the model has not
/// seen yet, computed on the spot), written in bulk for recommendations without issue areas, and decided by an
/// editor. Confirming files the recommendation under the label's issue areas (the UPR issue mapping); rejecting
/// keeps the label from being suggested again. Decisions are audited on the recommendation.
/// </summary>
public static class ThemeSuggestions
{
    public const string AuditKind = nameof(Recommendation);

    /// <summary>
    /// A recommendation's themes: the stored rows, and the current model's predictions for labels it has no row for.
    /// For a reader who may not see case names (<paramref name="withheld"/> set), the words are left out when the
    /// text names a case: they are pieces of the text and could spell the name.
    /// </summary>
    public static async Task<IReadOnlyList<ThemeSuggestionView>> ForAsync(ParleyDb db, Recommendation recommendation, CancellationToken ct = default,
        Withholding? withheld = null)
    {
        var stored = await db.Set<ThemeSuggestion>().AsNoTracking().Where(s => s.RecommendationId == recommendation.Id).ToListAsync(ct);
        var model = await ThemeModels.CurrentAsync(db, ct);
        var mapping = await LabelAreasAsync(db, ct);
        var live = recommendation.Text.Trim().Length == 0 ? [] : model.Predict([recommendation.Text], explain: true)[0];
        var known = stored.Select(s => s.Label).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var views = stored.Select(s => View(s.Label, s.Score, s.Words.Split(" · ", StringSplitOptions.RemoveEmptyEntries), s.ModelVersion, s.Status, s.DecidedBy, s.DecidedAt, mapping))
            .Concat(live.Where(p => !known.Contains(p.Label)).Select(p => View(p.Label, p.Score, p.Words, model.Info.Version, ThemeSuggestionStatus.Suggested, null, null, mapping)));
        if (withheld is not null && withheld.Names(recommendation.Text))
            views = views.Select(v => v with { Words = [] });
        return views.OrderBy(v => v.Status == ThemeSuggestionStatus.Rejected).ThenByDescending(v => v.Score).ToList();
    }

    private static ThemeSuggestionView View(string label, double score, IReadOnlyList<string> words, string model, ThemeSuggestionStatus status,
        string? by, DateTimeOffset? at, IReadOnlyDictionary<string, List<string>> mapping) =>
        new(label, score, words, model, status, by, at, mapping.GetValueOrDefault(label) ?? [], ThemeSdgs.Of(label));

    /// <summary>Each label's issue-area names, through the store's UPR issue mapping.</summary>
    private static async Task<Dictionary<string, List<string>>> LabelAreasAsync(ParleyDb db, CancellationToken ct)
    {
        var labels = await db.IssueLabelMappings.AsNoTracking().ToListAsync(ct);
        var names = await db.IssueAreas.AsNoTracking().ToDictionaryAsync(a => a.Key, a => a.Name, StringComparer.Ordinal, ct);
        var shipped = ImportMapping.UprDefault().IssueAreas.ToDictionary(a => a.Key, a => a.Name, StringComparer.Ordinal);
        return labels.ToDictionary(l => l.Key, l => l.Areas.Select(k => names.GetValueOrDefault(k) ?? shipped.GetValueOrDefault(k) ?? k).ToList(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Stores the current model's suggestions for the recommendations that have no issue area (or, with
    /// <paramref name="all"/>, every one), replacing earlier undecided suggestions; decided labels are kept as they are.
    /// One transaction and one audit entry for the run.
    /// </summary>
    public static async Task<(int Recommendations, int Suggestions)> ApplyAsync(ParleyDb db, bool all, TextWriter? log = null, CancellationToken ct = default)
    {
        var model = await ThemeModels.CurrentAsync(db, ct);
        var query = db.Recommendations.AsNoTracking();
        if (!all) query = query.Where(r => !r.IssueAreas.Any());
        var targets = await query.OrderBy(r => r.Id).Select(r => new { r.Id, r.Text }).ToListAsync(ct);
        var decided = (await db.Set<ThemeSuggestion>().AsNoTracking().Where(s => s.Status != ThemeSuggestionStatus.Suggested)
            .Select(s => new { s.RecommendationId, s.Label }).ToListAsync(ct)).Select(s => (s.RecommendationId, s.Label)).ToHashSet();
        var now = DateTimeOffset.UtcNow;
        var (written, done) = (0, 0);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var chunk in targets.Where(t => t.Text.Trim().Length > 0).Chunk(1000))
        {
            var ids = chunk.Select(c => c.Id).ToList();
            await db.Set<ThemeSuggestion>().Where(s => ids.Contains(s.RecommendationId) && s.Status == ThemeSuggestionStatus.Suggested).ExecuteDeleteAsync(ct);
            var predictions = model.Predict(chunk.Select(c => c.Text).ToList(), explain: true);
            for (var i = 0; i < chunk.Length; i++)
                foreach (var p in predictions[i].Where(p => !decided.Contains((chunk[i].Id, p.Label))))
                {
                    db.Set<ThemeSuggestion>().Add(new ThemeSuggestion
                    {
                        RecommendationId = chunk[i].Id, Label = p.Label, Score = Math.Round(p.Score, 4), Words = string.Join(" · ", p.Words),
                        ModelVersion = model.Info.Version, Status = ThemeSuggestionStatus.Suggested, SuggestedAt = now,
                    });
                    written++;
                }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            done += chunk.Length;
            log?.WriteLine($"  {done:N0}/{targets.Count:N0} recommendations");
        }
        db.AuditEntries.Add(ThemeAudit.Entry(db, AuditAction.Create, "ThemeSuggestion", $"tag apply {now:yyyy-MM-dd HH:mm:ss}", null,
            new { Model = model.Info.Version, Recommendations = targets.Count, Suggestions = written, Scope = all ? "all" : "without issue areas" }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (targets.Count, written);
    }

    /// <summary>
    /// An editor's decision on one label of one recommendation. A label the model suggests only on the page (no
    /// row yet) gets its row now. Confirming adds the label's issue areas to the recommendation.
    /// </summary>
    public static async Task<ThemeSuggestionView> DecideAsync(ParleyDb db, string recommendationKey, string label, bool confirm, CancellationToken ct = default)
    {
        var recommendation = await db.Recommendations.Include(r => r.IssueAreas).SingleOrDefaultAsync(r => r.Key == recommendationKey, ct)
            ?? throw new UserError($"no recommendation with the key '{recommendationKey}'");
        var suggestion = await db.Set<ThemeSuggestion>().SingleOrDefaultAsync(s => s.RecommendationId == recommendation.Id && s.Label == label, ct);
        var model = await ThemeModels.CurrentAsync(db, ct);
        if (suggestion is null)
        {
            var known = model.Labels.Select(l => l.Label).FirstOrDefault(l => string.Equals(l, label, StringComparison.OrdinalIgnoreCase))
                ?? throw new UserError($"'{label}' is not a theme the model knows; use one of: {string.Join(", ", model.Labels.Select(l => l.Label))}");
            var predicted = model.Predict([recommendation.Text], explain: true)[0].FirstOrDefault(p => p.Label == known);
            suggestion = new ThemeSuggestion
            {
                RecommendationId = recommendation.Id, Label = known, Score = Math.Round(predicted?.Score ?? 0, 4),
                Words = string.Join(" · ", predicted?.Words ?? []), ModelVersion = model.Info.Version, SuggestedAt = DateTimeOffset.UtcNow,
            };
            db.Set<ThemeSuggestion>().Add(suggestion);
        }
        else if (suggestion.Status != ThemeSuggestionStatus.Suggested)
            throw new UserError($"the theme '{suggestion.Label}' of this recommendation was already {suggestion.Status.ToString().ToLowerInvariant()} by {suggestion.DecidedBy} on {suggestion.DecidedAt:yyyy-MM-dd}");

        var before = $"suggested ({suggestion.Score:0.00}, model {suggestion.ModelVersion})";
        suggestion.Status = confirm ? ThemeSuggestionStatus.Confirmed : ThemeSuggestionStatus.Rejected;
        suggestion.DecidedBy = db.Actor;
        suggestion.DecidedAt = DateTimeOffset.UtcNow;
        if (confirm) await FileUnderAreasAsync(db, recommendation, suggestion.Label, ct);
        db.AuditEntries.Add(ThemeAudit.Entry(db, AuditAction.Update, AuditKind, recommendation.Key,
            new Dictionary<string, string> { [$"theme “{suggestion.Label}”"] = before },
            new Dictionary<string, string> { [$"theme “{suggestion.Label}”"] = confirm ? "confirmed" : "rejected" }));
        await db.SaveChangesAsync(ct);
        var areas = await LabelAreasAsync(db, ct);
        return View(suggestion.Label, suggestion.Score, suggestion.Words.Split(" · ", StringSplitOptions.RemoveEmptyEntries), suggestion.ModelVersion,
            suggestion.Status, suggestion.DecidedBy, suggestion.DecidedAt, areas);
    }

    /// <summary>Adds the issue areas the UPR issue mapping gives the label, creating an area the store lacks from the shipped definitions.</summary>
    private static async Task FileUnderAreasAsync(ParleyDb db, Recommendation recommendation, string label, CancellationToken ct)
    {
        var mapping = await db.IssueLabelMappings.AsNoTracking().ToListAsync(ct);
        var keys = mapping.FirstOrDefault(m => string.Equals(m.Key, label, StringComparison.OrdinalIgnoreCase))?.Areas ?? [];
        var shipped = ImportMapping.UprDefault().IssueAreas.ToDictionary(a => a.Key, StringComparer.Ordinal);
        foreach (var key in keys.Where(k => recommendation.IssueAreas.All(a => a.Key != k)))
        {
            var area = await db.IssueAreas.SingleOrDefaultAsync(a => a.Key == key, ct);
            if (area is null && shipped.TryGetValue(key, out var defined))
            {
                area = new IssueArea { Key = defined.Key, Name = defined.Name, Description = defined.Description };
                if (defined.Parent is { } parent) area.Parent = await db.IssueAreas.SingleOrDefaultAsync(a => a.Key == parent, ct);
                db.IssueAreas.Add(area);
            }
            if (area is not null) recommendation.IssueAreas.Add(area);
        }
    }
}
