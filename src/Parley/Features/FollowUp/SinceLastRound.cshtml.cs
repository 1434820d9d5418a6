using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;
using Parley.Features.Accounts;
using Parley.Features.Briefings;
using Parley.Features.Briefings.Rendering;
using Parley.Store;
using Parley.Web;

namespace Parley.Features.FollowUp;

/// <summary>/follow-up/since-last-round: a bilateral channel's follow-up since its last round, read here or downloaded as Markdown, HTML or PDF.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class SinceLastRoundModel(ParleyDb db, ReaderView reader, IStringLocalizer<Text> text) : PageModel
{
    [FromQuery(Name = "channel")] public string? Channel { get; set; }
    /// <summary>The report's own language: the reader's interface language unless chosen.</summary>
    [FromQuery(Name = "lang")] public string Lang { get; set; } = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi" ? "vi" : "en";
    [FromQuery(Name = "format")] public string? Format { get; set; }

    public string? Html { get; private set; }
    public string? Error { get; private set; }
    public IReadOnlyList<(string Key, string Name)> Channels { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Channels = [.. (await db.Channels.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Key, c.Name }).ToListAsync(ct)).Select(c => (c.Key, c.Name))];
        if (string.IsNullOrWhiteSpace(Channel)) return Page();
        try
        {
            var input = await SinceLastRoundQuery.LoadAsync(db, Channel, StoreClock.Today(), ct);
            var narratives = await Narratives.LoadAsync(db, Narratives.SinceLastRound(input.Channel.Key, Lang == "vi"), ct);
            // Withheld before it is rendered: a download leaves as bytes.
            var report = await reader.SeeAsync(SinceLastRoundReport.Build(input, Lang == "vi", narratives), ct);
            if (Format is { } format) return BriefingDownload.File(this, report, format, $"since-last-round-{input.Channel.Key}", text);
            Html = HtmlBriefing.Fragment(report);
        }
        catch (UserError e)
        {
            Error = e.In(text);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }

    public string EditUrl => $"/follow-up/narrative?report=since-last-round&channel={Uri.EscapeDataString(Channel ?? "")}&lang={Uri.EscapeDataString(Lang)}";

    public string DownloadUrl(string format) =>
        $"/follow-up/since-last-round?channel={Uri.EscapeDataString(Channel ?? "")}&lang={Uri.EscapeDataString(Lang)}&format={format}";
}
