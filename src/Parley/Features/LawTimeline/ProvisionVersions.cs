using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.LawTimeline;

/// <summary>Every provision with its instrument and successors, as the version chains need them.</summary>
public static class ProvisionVersions
{
    /// <summary>Identity resolution: successor links must point at the same objects for versions to be followed both ways.</summary>
    public static Task<List<Provision>> LoadAsync(ParleyDb db, CancellationToken ct) =>
        db.Provisions.AsNoTrackingWithIdentityResolution().Include(p => p.Instrument).Include(p => p.Successors).AsSplitQuery().ToListAsync(ct);
}
