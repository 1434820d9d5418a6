using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Store;
using Parley.Web.Localization;

namespace Parley.Features.FollowUp;

/// <summary>
/// The narrative paragraphs editors write into a drafted report, per report, language and place: read for the draft,
/// saved together in one transaction with an audit entry per paragraph changed (an emptied one is removed).
/// </summary>
public static class Narratives
{
    public const string Introduction = "introduction";
    public const string Conclusion = "conclusion";
    public const int LongestText = 20000;

    public static string Theme(string theme) => "theme:" + theme;

    public static string MidTerm(string party, int cycle, bool vietnamese) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"mid-term/{party}/{cycle}/{(vietnamese ? "vi" : "en")}");

    public static string SinceLastRound(string channel, bool vietnamese) => $"since-last-round/{channel}/{(vietnamese ? "vi" : "en")}";

    public static async Task<IReadOnlyDictionary<string, string>> LoadAsync(ParleyDb db, string report, CancellationToken ct) =>
        await db.ReportNarratives.AsNoTracking().Where(n => n.Report == report).ToDictionaryAsync(n => n.Slot, n => n.Text, ct);

    /// <summary>Saves the paragraphs given (place → text); the number changed. A text too long is refused, nothing saved.</summary>
    public static async Task<int> SaveAsync(ParleyDb db, string report, IReadOnlyDictionary<string, string?> texts, CancellationToken ct)
    {
        foreach (var (slot, text) in texts)
            if (text is { Length: > LongestText }) throw new UserError(new Message("FollowUpErr.NarrativeTooLong", slot, text.Length, LongestText));
        var stored = await db.ReportNarratives.Where(n => n.Report == report).ToDictionaryAsync(n => n.Slot, ct);
        var now = DateTimeOffset.UtcNow;
        var changed = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var (slot, given) in texts)
        {
            var text = (given ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
            stored.TryGetValue(slot, out var existing);
            var before = existing?.Text;
            if ((before ?? "") == text) continue;
            if (text.Length == 0) db.ReportNarratives.Remove(existing!);
            else if (existing is null) db.ReportNarratives.Add(new ReportNarrative { Report = report, Slot = slot, Text = text, UpdatedAt = now, UpdatedBy = db.Actor });
            else (existing.Text, existing.UpdatedAt, existing.UpdatedBy) = (text, now, db.Actor);
            AuditNote.Add(db, nameof(ReportNarrative), $"{report}#{slot}",
                existing is null ? AuditAction.Create : text.Length == 0 ? AuditAction.Delete : AuditAction.Update,
                before is null ? null : new { Text = before }, text.Length == 0 ? null : new { Text = text }, now);
            changed++;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return changed;
    }


    /// <summary>A narrative as paragraphs: blank lines separate them.</summary>
    public static IEnumerable<string> Paragraphs(string text) =>
        text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
