using Microsoft.EntityFrameworkCore;
using Parley.Analyses.Records;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Analyses;

/// <summary>
/// Loads the <see cref="RecordSnapshot"/>: each table once, tracked so that EF resolves every reference to the one
/// object loaded for it (reference navigations need no Include; many-to-many links and citations do). It reads through
/// a short-lived context of its own on the same store, so the caller's tracked records (a decision being edited) are
/// never wired to the snapshot's.
/// </summary>
public static class RecordSnapshotQuery
{
    public static async Task<RecordSnapshot> LoadAsync(ParleyDb db, CancellationToken ct = default)
    {
        var provider = db.Database.IsSqlite() ? StoreProvider.Sqlite : StoreProvider.PostgreSql;
        await using var own = ParleyStore.Open(new StoreLocation(provider, db.Database.GetConnectionString()!, ""));
        own.ChangeTracker.AutoDetectChangesEnabled = false;
        return await LoadTrackedAsync(own, ct);
    }

    private static async Task<RecordSnapshot> LoadTrackedAsync(ParleyDb db, CancellationToken ct) =>
        new()
        {
            Sources = await db.Sources.AsTracking().ToListAsync(ct),
            Parties = await Cited(db.Parties).ToListAsync(ct),
            IssueAreas = await Cited(db.IssueAreas).ToListAsync(ct),
            Institutions = await Cited(db.Institutions).ToListAsync(ct),
            Channels = await Cited(db.Channels).Include(c => c.Parties).Include(c => c.IssueAreas).AsSplitQuery().ToListAsync(ct),
            Rounds = await Cited(db.Rounds).AsSplitQuery().ToListAsync(ct),
            Recommendations = await Cited(db.Recommendations).Include(r => r.IssueAreas).AsSplitQuery().ToListAsync(ct),
            Commitments = await Cited(db.Commitments).Include(c => c.IssueAreas).Include(c => c.Frameworks).Include(c => c.DependsOn)
                .AsSplitQuery().ToListAsync(ct),
            Instruments = await Cited(db.LegalInstruments).ToListAsync(ct),
            Provisions = await Cited(db.Provisions).Include(p => p.IssueAreas).Include(p => p.Successors).AsSplitQuery().ToListAsync(ct),
            Cases = await Cited(db.Cases).Include(c => c.IssueAreas).Include(c => c.Charges).Include(c => c.RaisedIn).AsSplitQuery().ToListAsync(ct),
            Programmes = await Cited(db.Programmes).Include(p => p.Partners).Include(p => p.IssueAreas).AsSplitQuery().ToListAsync(ct),
            Frameworks = await Cited(db.Frameworks).Include(f => f.Members).AsSplitQuery().ToListAsync(ct),
            Statements = await Cited(db.Statements).ToListAsync(ct),
            Lexicon = await Cited(db.LexiconEntries).ToListAsync(ct),
            Assessments = await Cited(db.RiskAssessments).ToListAsync(ct),
            FollowUps = await db.FollowUpAssignments.AsTracking().Include(a => a.SupportingInstitutions).AsSplitQuery().ToListAsync(ct),
        };

    private static IQueryable<T> Cited<T>(DbSet<T> set) where T : class, ISourced => set.AsTracking().Include(x => x.Citations);
}
