using Microsoft.AspNetCore.Mvc;
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
    public IReadOnlyList<(KindCount Count, RecordKind? Kind)> Counts { get; private set; } = [];
    public IReadOnlyList<(RecordKind Kind, IReadOnlyList<RecordRef> Records)> Unsourced { get; private set; } = [];
    public bool CanWrite { get; private set; }
    /// <summary>The first steps for a newcomer, shown until the reader says they know their way (a cookie remembers it).</summary>
    public bool ShowsTour { get; private set; }
    public const string TourCookie = "parley-tour";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = StoreClock.Today();
        var records = await AttentionRecords.OfAsync(db, ct);
        Due = Attention.DueCommitments(records.Commitments, Today);
        Channels = records.Channels;

        // The summary is the whole store's; a viewer without case access gets it without the cases.
        ShowsCases = CaseAccess.Allowed(User);
        var summary = await StoreSummary.OfAsync(db, ct);
        CasesByStatus = ShowsCases ? summary.CasesByStatus : [];
        Counts = summary.Counts.Select(c => (c, StoreSummary.SlugOfCount.GetValueOrDefault(c.Kind) is { } slug ? RecordKinds.Find(slug) : null))
            .Where(c => ShowsCases || c.Item2?.Slug != CaseAccess.Slug).ToList();
        Unsourced = summary.Unsourced.Where(u => ShowsCases || u.Kind.Slug != CaseAccess.Slug).ToList();
        CanWrite = CurrentUser.CanWrite(User);
        ShowsTour = !Request.Cookies.ContainsKey(TourCookie);
    }

    public IActionResult OnPostTourDone()
    {
        Response.Cookies.Append(TourCookie, "done", new CookieOptions
        {
            Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, Secure = Request.IsHttps,
        });
        return RedirectToPage();
    }
}
