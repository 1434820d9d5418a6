using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parley.Analyses.Records;
using Parley.Domain;
using Parley.Features.Accounts;
using Parley.Features.Audit;
using Parley.Store;

namespace Parley.Features.Records;

/// <summary>/records/{kind}/{key}: one record, the records linked to it both ways, its sources and its history.</summary>
public sealed class DetailModel(ParleyDb db) : PageModel
{
    /// <summary>How many of the records linking to this one its page lists before saying how many more there are.</summary>
    public const int InboundShown = 50;

    public RecordKind Kind { get; private set; } = null!;
    public DetailResult Detail { get; private set; } = null!;
    /// <summary>Set when no record has the key asked for: the page says so, with the way back to the list.</summary>
    public string? MissingKey { get; private set; }
    [TempData] public string? Message { get; set; }
    /// <summary>The round being prepared (<c>?round=KEY</c>): the page then says whether the record's facts predate its channel's last round.</summary>
    [BindProperty(SupportsGet = true)] public string? Round { get; set; }
    /// <summary>The round being prepared and the last round held before it on its channel, when <see cref="Round"/> names one.</summary>
    public (Round Preparing, Round? Last)? Against { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] string kind, [FromRoute] string key, CancellationToken ct)
    {
        if (RecordKinds.Find(kind) is not { } found) return NotFound();
        var readsCases = CaseAccess.Allowed(User);
        if (found.Slug == CaseAccess.Slug && !readsCases) return Forbid();
        Kind = found;
        if (await Kind.DetailAsync(db, key, ct) is not { } detail)
        {
            MissingKey = key;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        // Links to case pages would carry case keys; the names in the text are withheld by the reader's view.
        Detail = readsCases ? detail : detail.WithoutLinksTo(CaseAccess.Slug);
        if (Kind.AuditKind == nameof(Case)) await CaseReads.RecordAsync(db, key, ct);
        if (!string.IsNullOrEmpty(Round) && await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Key == Round, ct) is { } preparing)
        {
            var rounds = await db.Rounds.AsNoTracking().Where(r => r.ChannelId == preparing.ChannelId).ToListAsync(ct);
            Against = (preparing, StaleFacts.LastRoundBefore(rounds, preparing, StoreClock.Today()));
        }
        return Page();
    }
}
