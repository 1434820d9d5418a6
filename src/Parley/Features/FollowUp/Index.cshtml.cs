using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parley.Domain;
using Parley.Features.Accounts;
using Parley.Store;

namespace Parley.Features.FollowUp;

/// <summary>/follow-up: what is due (overall, mine, or one institution's) and every follow-up with its derived state.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(ParleyDb db) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Within { get; set; } = 30;
    [BindProperty(SupportsGet = true)] public bool Mine { get; set; }
    [BindProperty(SupportsGet = true)] public string? Institution { get; set; }

    public DateOnly Today { get; private set; }
    public string Zone { get; private set; } = "";
    public string? Problem { get; private set; }
    public IReadOnlyList<DueItem> Due { get; private set; } = [];
    public IReadOnlyList<Row> Assignments { get; private set; } = [];
    public IReadOnlyList<(string Key, string Name)> Institutions { get; private set; } = [];

    /// <summary>A follow-up as the list shows it.</summary>
    public sealed record Row(string Key, string Title, string? Lead, ImplementationState State, int Actions, int Reports, bool Illustration);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = StoreClock.Today();
        Zone = StoreClock.Zone().Id;
        var all = await FollowUpQuery.AllAsync(db, ct);
        Assignments = [.. all.Select(a => new Row(a.Key, a.Title, a.LeadInstitution?.Name, ImplementationRule.Derive(a, Today), a.Actions.Count, a.Reports.Count, a.Illustration))];
        Institutions = [.. all.SelectMany(DueList.Institutions).DistinctBy(i => i.Key).OrderBy(i => i.Name).Select(i => (i.Key, i.Name))];
        try
        {
            Due = await DueQuery.FindAsync(db, Today, Within, Mine ? CurrentUser.Name(User) : null, Institution, ct);
        }
        catch (UserError e)
        {
            Problem = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
