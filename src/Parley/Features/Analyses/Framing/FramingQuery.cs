using Microsoft.EntityFrameworkCore;
using Parley.Analyses;
using Parley.Analyses.Framing;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Analyses.Framing;

/// <summary>Checks a draft against the framing lexicon and the recorded cases held in the store.</summary>
public static class FramingQuery
{
    /// <summary>
    /// <paramref name="namesCases"/> false (a reader without case access) skips the check for named cases, so the answer
    /// cannot tell such a reader whose case is recorded.
    /// </summary>
    public static async Task<FramingResult> RunAsync(ParleyDb db, string text, CancellationToken ct = default,
        StatementKind? kind = null, bool namesCases = true)
    {
        var lexicon = await db.LexiconEntries.AsNoTracking().Where(e => e.Lexicon == LexiconKind.Framing)
            .Include(e => e.Citations).ThenInclude(c => c.Source).ToListAsync(ct);
        var cases = namesCases
            ? await db.Cases.AsNoTracking().Select(c => new RecordedCase(c.Key, c.PersonName)).ToListAsync(ct)
            : [];
        return FramingAnalysis.Analyze(text, lexicon, kind, cases);
    }

    /// <summary>A statement kind as users type it ("press-release", "communique"), or a clear error naming the field.</summary>
    public static StatementKind? Kind(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        foreach (var kind in Enum.GetValues<StatementKind>())
            if (string.Equals(Words.Of(kind), text.Trim(), StringComparison.OrdinalIgnoreCase)) return kind;
        throw new UserError($"{field}: '{text}' is not a statement kind; use one of {string.Join(", ", Enum.GetValues<StatementKind>().Select(k => Words.Of(k)))}");
    }
}
