using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.PartyUpr;

/// <summary>A party's page of UPR recommendations: received and made, by cycle and response.</summary>
public sealed class IndexModel(ParleyDb db) : PageModel
{
    public PartyUprRecord Record { get; private set; } = null!;

    /// <summary>The responses in the order a reader expects them: accepted first, unanswered last.</summary>
    public static readonly RecommendationResponse[] Responses =
        [RecommendationResponse.Accepted, RecommendationResponse.Noted, RecommendationResponse.Rejected,
         RecommendationResponse.VoluntaryPledge, RecommendationResponse.Pending, RecommendationResponse.None];

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct)
    {
        if (await PartyUprQuery.QueryAsync(db, key, ct) is not { } record) return NotFound();
        Record = record;
        return Page();
    }
}
