using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Parley.Features.Accounts;
using Parley.Store;
using Parley.Web;
using Parley.Web.Localization;

namespace Parley.Features.FollowUp;

/// <summary>
/// /follow-up/narrative: an editor writes the narrative paragraphs of a drafted report (a UPR mid-term report, or a
/// channel's "since the last round" report) before export: the introduction, one paragraph per theme, the conclusion.
/// Saved in the audit trail; the next draft, page or download includes them.
/// </summary>
[Authorize(Policy = Policies.Write)]
public sealed class NarrativeModel(ParleyDb db, IStringLocalizer<Text> text) : PageModel
{
    [FromQuery(Name = "report")] public string? Report { get; set; }
    [FromQuery(Name = "party")] public string? Party { get; set; }
    [FromQuery(Name = "cycle")] public int? Cycle { get; set; }
    [FromQuery(Name = "channel")] public string? Channel { get; set; }
    [FromQuery(Name = "lang")] public string Lang { get; set; } = "en";

    public string Title { get; private set; } = "";
    public IReadOnlyList<(string Slot, string Label)> Slots { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Written { get; private set; } = new Dictionary<string, string>();
    public string? Error { get; private set; }
    public string BackUrl { get; private set; } = "/follow-up";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await DraftAsync(ct) is { } stored) Written = await Narratives.LoadAsync(db, stored, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await DraftAsync(ct) is not { } stored) return Page();
        var texts = Slots.ToDictionary(s => s.Slot, s => (string?)Request.Form[Field(s.Slot)].ToString());
        db.ActAs(User, "web");
        try
        {
            await Narratives.SaveAsync(db, stored, texts, ct);
        }
        catch (UserError e)
        {
            Error = text["FollowUpMsg.NotSaved", e.In(text)];
            Written = texts.ToDictionary(t => t.Key, t => t.Value ?? "");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        return Redirect(BackUrl);
    }

    /// <summary>The form field of a place in the report (the places' names hold spaces and colons).</summary>
    public static string Field(string slot) => "n-" + Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(slot));

    /// <summary>Finds the report asked for and its places; the name it is stored under, or null (with <see cref="Error"/>) when it cannot be drafted.</summary>
    private async Task<string?> DraftAsync(CancellationToken ct)
    {
        var vietnamese = Lang == "vi";
        var language = text[vietnamese ? "FollowUpMsg.InVietnamese" : "FollowUpMsg.InEnglish"].Value;
        try
        {
            IReadOnlyList<string> themes;
            string stored;
            if (Report == "since-last-round")
            {
                var input = await SinceLastRoundQuery.LoadAsync(db, Channel, StoreClock.Today(), ct);
                themes = SinceLastRoundReport.Themes(input, vietnamese);
                stored = Narratives.SinceLastRound(input.Channel.Key, vietnamese);
                Title = text["FollowUpMsg.SinceLastRoundTitle", input.Channel.Name, language];
                BackUrl = $"/follow-up/since-last-round?channel={Uri.EscapeDataString(input.Channel.Key)}&lang={(vietnamese ? "vi" : "en")}";
            }
            else if (Report == "mid-term")
            {
                var input = await MidTermQuery.LoadAsync(db, Party, Cycle, StoreClock.Today(), ct);
                themes = MidTermReport.Themes(input);
                stored = Narratives.MidTerm(input.Party.Key, input.Cycle, vietnamese);
                Title = text["FollowUpMsg.MidTermTitle", input.Party.Name, input.Cycle, language];
                BackUrl = $"/follow-up/mid-term?party={Uri.EscapeDataString(input.Party.Key)}&cycle={input.Cycle}&lang={(vietnamese ? "vi" : "en")}";
            }
            else throw new UserError(new Message("FollowUpMsg.UnknownReport", Report));
            Slots = [(Narratives.Introduction, text["FollowUpMsg.Introduction"].Value),
                .. themes.Select(t => (Narratives.Theme(t), text["FollowUpMsg.Theme", t].Value)), (Narratives.Conclusion, text["FollowUpMsg.Conclusion"].Value)];
            return stored;
        }
        catch (UserError e)
        {
            Error = e.In(text);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return null;
        }
    }
}
