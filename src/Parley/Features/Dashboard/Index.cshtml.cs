using Microsoft.AspNetCore.Mvc.RazorPages;
using Parley.Domain;
using Parley.Features.Accounts;
using Parley.Features.Records;
using Parley.Features.Stats;
using Parley.Store;

namespace Parley.Features.Dashboard;

/// <summary>The home page: what needs attention now, then what the store holds.</summary>
public sealed class IndexModel(ParleyDb db) : PageModel
{
    public DateOnly Today { get; private set; }
    public IReadOnlyList<DueCommitment> Due { get; private set; } = [];
    public IReadOnlyList<(Channel Channel, Round? Last, Round? Next)> Channels { get; private set; } = [];
    public IReadOnlyList<(CaseStatus Status, int Count)> CasesByStatus { get; private set; } = [];
    /// <summary>False for a viewer without case access: the cases panel, count and unsourced cases are left out.</summary>
    public bool ShowsCases { get; private set; }
    public IReadOnlyList<(KindCount Count, string? Slug)> Counts { get; private set; } = [];
    public IReadOnlyList<(RecordKind Kind, IReadOnlyList<RecordRef> Records)> Unsourced { get; private set; } = [];
    public string Provider { get; private set; } = "";
    public string? SchemaVersion { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(DateTime.UtcNow);
        var records = await AttentionRecords.OfAsync(db, ct);
        Due = Attention.DueCommitments(records.Commitments, Today);
        Channels = records.Channels;

        // The summary is the whole store's; a viewer without case access gets it without the cases.
        ShowsCases = CaseAccess.Allowed(User);
        var summary = await StoreSummary.OfAsync(db, ct);
        CasesByStatus = ShowsCases ? summary.CasesByStatus : [];
        Counts = summary.Counts.Select(c => (c, StoreSummary.SlugOfCount.GetValueOrDefault(c.Kind)))
            .Where(c => ShowsCases || c.Item2 != CaseAccess.Slug).ToList();
        Unsourced = summary.Unsourced.Where(u => ShowsCases || u.Kind.Slug != CaseAccess.Slug).ToList();
        Provider = ParleyStore.ProviderName(db);
        SchemaVersion = await KeptSchemaVersion.OfAsync(db, ct);
    }
}
