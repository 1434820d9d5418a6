using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parley.Analyses.Asks;
using Parley.Domain;
using Parley.Features.Accounts;
using Parley.Features.Records;
using Parley.Store;

namespace Parley.Features.Asks;

/// <summary>/asks?round=…: the asks for a round, their score parts and evidence; editors accept, edit or drop them and record commitments after the round.</summary>
public sealed class IndexModel(ParleyDb db, IAuthorizationService authorization, Microsoft.Extensions.Localization.IStringLocalizer<Parley.Web.Text> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Round { get; set; }
    [TempData] public string? Message { get; set; }

    public IReadOnlyList<Round> Rounds { get; private set; } = [];
    public AsksResult? Result { get; private set; }
    public IReadOnlyDictionary<string, AskDecision> Decisions { get; private set; } = new Dictionary<string, AskDecision>();
    public bool CanDecide { get; private set; }
    public bool Held { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rounds = await db.Rounds.AsNoTracking().OrderBy(r => r.Key).ToListAsync(ct);
        CanDecide = (await authorization.AuthorizeAsync(User, Policies.Write)).Succeeded;
        if (string.IsNullOrWhiteSpace(Round)) return;
        try
        {
            Result = await AsksQuery.RunAsync(db, Round, StoreClock.Today(), null, null, ct);
            var key = Result.RoundKey;
            Held = Rounds.Any(r => r.Key == key && r.Status == RoundStatus.Held);
            Decisions = await db.Set<AskDecision>().AsNoTracking().Where(d => d.Key.StartsWith(key + "/")).ToDictionaryAsync(d => d.AskKey, ct);
        }
        catch (UserError e) { Error = e.Message; }
    }

    public async Task<IActionResult> OnPostDecideAsync([FromForm] string ask, [FromForm] string decision, [FromForm] string? action, [FromForm] string? deadline,
        [FromForm] string? indicator, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.Write)).Succeeded) return Forbid();
        db.ActAs(User);
        try
        {
            var d = await AskDecisions.DecideAsync(db, Round ?? "", ask, decision == "accept", new AskDecisions.Edits(action, deadline, indicator),
                StoreClock.Today(), ct);
            Message = d.Accepted ? text["Asks.AcceptedMessage", d.Action, d.Deadline?.ToString() ?? ""] : text["Asks.DroppedMessage", d.Action];
        }
        catch (UserError e) { Message = e.Message; }
        return Redirect($"/asks?round={Uri.EscapeDataString(Round ?? "")}");
    }

    public async Task<IActionResult> OnPostRecordAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.Write)).Succeeded) return Forbid();
        db.ActAs(User);
        try
        {
            var made = await AskDecisions.RecordCommitmentsAsync(db, Round ?? "", StoreClock.Today(), ct);
            Message = made.Count == 0 ? text["Asks.NothingToRecord"] : text["Asks.RecordedMessage", made.Count, string.Join("; ", made.Select(c => c.Title))];
        }
        catch (UserError e) { Message = e.Message; }
        return Redirect($"/asks?round={Uri.EscapeDataString(Round ?? "")}");
    }
}
