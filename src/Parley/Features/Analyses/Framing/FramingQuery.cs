using Microsoft.EntityFrameworkCore;
using Parley.Analyses.Framing;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Analyses.Framing;

/// <summary>Checks a draft against the framing lexicon held in the store.</summary>
public static class FramingQuery
{
    public static async Task<FramingResult> RunAsync(ParleyDb db, string text, CancellationToken ct = default) =>
        FramingAnalysis.Analyze(text, await db.LexiconEntries.AsNoTracking().Where(e => e.Lexicon == LexiconKind.Framing).ToListAsync(ct));
}
