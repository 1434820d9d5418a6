using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Parley.Features.Accounts;
using Parley.Features.Briefings;
using Parley.Features.Briefings.Rendering;
using Parley.Store;
using Parley.Web;

namespace Parley.Features.FollowUp;

/// <summary>/follow-up/mid-term: the UPR mid-term report for a party and cycle, read here or downloaded as Markdown, HTML or PDF.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class MidTermModel(ParleyDb db, ReaderView reader, IStringLocalizer<Text> text) : PageModel
{
    [FromQuery(Name = "party")] public string? Party { get; set; }
    [FromQuery(Name = "cycle")] public int? Cycle { get; set; }
    /// <summary>The report's own language: the reader's interface language unless chosen.</summary>
    [FromQuery(Name = "lang")] public string Lang { get; set; } = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi" ? "vi" : "en";
    [FromQuery(Name = "format")] public string? Format { get; set; }

    public string? Html { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Party) || Cycle is null) return Page();
        try
        {
            var input = await MidTermQuery.LoadAsync(db, Party, Cycle, StoreClock.Today(), ct);
            // Withheld before it is rendered: a download leaves as bytes.
            var narratives = await Narratives.LoadAsync(db, Narratives.MidTerm(input.Party.Key, input.Cycle, Lang == "vi"), ct);
            var report = await reader.SeeAsync(MidTermReport.Build(input, Lang == "vi", narratives), ct);
            if (Format is { } format) return BriefingDownload.File(this, report, format, $"mid-term-{input.Party.Key}-cycle-{input.Cycle}", text);
            Html = HtmlBriefing.Fragment(report);
        }
        catch (UserError e)
        {
            Error = e.In(text);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }

    public string EditUrl => $"/follow-up/narrative?report=mid-term&party={Uri.EscapeDataString(Party ?? "")}&cycle={Cycle}&lang={Uri.EscapeDataString(Lang)}";

    public string DownloadUrl(string format) =>
        $"/follow-up/mid-term?party={Uri.EscapeDataString(Party ?? "")}&cycle={Cycle}&lang={Uri.EscapeDataString(Lang)}&format={format}";
}
