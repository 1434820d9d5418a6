using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parley.Features.Accounts;
using Parley.Features.Records;
using Parley.Store;

namespace Parley.Features.Tagging;

/// <summary>POST /records/recommendations/{key}/themes: an editor confirms or rejects one suggested theme, then is back on the recommendation's page.</summary>
[Authorize(Policy = Policies.Write)]
public sealed class DecideModel(ParleyDb db, Microsoft.Extensions.Localization.IStringLocalizer<Parley.Web.Text> text) : PageModel
{
    [TempData] public string? Message { get; set; }

    public IActionResult OnGet([FromRoute] string key) => Redirect($"/records/recommendations/{Uri.EscapeDataString(key)}");

    public async Task<IActionResult> OnPostAsync([FromRoute] string key, [FromForm] string? label, [FromForm] string? decision, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(label) || decision is not ("confirm" or "reject")) return BadRequest(text["Themes.BadDecision"].Value);
        db.ActAs(User);
        try
        {
            var view = await ThemeSuggestions.DecideAsync(db, key, label, decision == "confirm", ct);
            Message = view.Status == ThemeSuggestionStatus.Confirmed
                ? (view.IssueAreas.Count > 0 ? text["Themes.ConfirmedUnder", view.Label, string.Join(", ", view.IssueAreas)] : text["Themes.Confirmed", view.Label])
                : text["Themes.Rejected", view.Label];
        }
        catch (UserError e)
        {
            Message = e.Message;
        }
        return Redirect(Back(key));
    }

    private static string Back(string key) => $"/records/recommendations/{Uri.EscapeDataString(key)}#themes-heading";
}
