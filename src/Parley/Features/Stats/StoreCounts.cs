using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Stats;

/// <summary>Record counts per kind, shared by `parley stats`, the home page and the dashboard.</summary>
public static class StoreCounts
{
    public static async Task<IReadOnlyList<KindCount>> QueryAsync(ParleyDb db, CancellationToken ct = default) =>
    [
        new("sources", await db.Sources.CountAsync(ct), 0),
        await CountAsync(db.Parties, "parties", ct),
        await CountAsync(db.IssueAreas, "issue areas", ct),
        await CountAsync(db.Institutions, "institutions", ct),
        await CountAsync(db.Channels, "channels", ct),
        await CountAsync(db.Rounds, "rounds", ct),
        await CountAsync(db.Recommendations, "recommendations", ct),
        await CountAsync(db.Commitments, "commitments", ct),
        await CountAsync(db.Cases, "cases", ct),
        await CountAsync(db.LegalInstruments, "legal instruments", ct),
        await CountAsync(db.Provisions, "provisions", ct),
        await CountAsync(db.Programmes, "programmes", ct),
        await CountAsync(db.Frameworks, "frameworks", ct),
        await CountAsync(db.Statements, "statements", ct),
        await CountAsync(db.LexiconEntries, "lexicon entries", ct),
        await CountAsync(db.RiskAssessments, "risk assessments", ct),
    ];

    private static async Task<KindCount> CountAsync<T>(IQueryable<T> records, string kind, CancellationToken ct) where T : class, ISourced =>
        new(kind, await records.CountAsync(ct), await records.CountAsync(r => !r.Citations.Any(), ct));
}
