using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parley.Features.Accounts;
using Parley.Features.Records;
using Parley.Store;

namespace Parley.Features.FollowUp;

/// <summary>/follow-up/assign: an editor assigns a recommendation, a cluster by issue area or a commitment to institutions.</summary>
[Authorize(Policy = Policies.Write)]
public sealed class AssignModel(ParleyDb db) : PageModel
{
    [BindProperty] public string? Recommendation { get; set; }
    [BindProperty] public string? Commitment { get; set; }
    [BindProperty] public string? IssueArea { get; set; }
    [BindProperty] public string? Party { get; set; }
    [BindProperty] public int? Cycle { get; set; }
    [BindProperty] public string? Lead { get; set; }
    [BindProperty] public string? Supporting { get; set; }
    [BindProperty] public string? Title { get; set; }

    public string? Problem { get; private set; }

    public void OnGet([FromQuery] string? recommendation, [FromQuery] string? commitment)
    {
        Recommendation = recommendation;
        Commitment = commitment;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        db.ActAs(User);
        try
        {
            var supporting = (Supporting ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var assignment = await FollowUpChanges.AssignAsync(db, new AssignmentInput(null, Title, Blank(Recommendation), Blank(Commitment),
                Blank(IssueArea), Blank(Party), Cycle, Lead, supporting, null), StoreClock.Today(), ct);
            return Redirect($"/follow-up/assignments/{Uri.EscapeDataString(assignment.Key)}");
        }
        catch (UserError e)
        {
            Problem = e.Message;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
