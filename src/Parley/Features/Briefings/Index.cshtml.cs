using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Briefings.Rendering;
using Parley.Store;

namespace Parley.Features.Briefings;

/// <summary>The briefing page: choose channel, round, sections, language and redaction; read it here or download it.</summary>
public sealed class IndexModel(ParleyDb db, Accounts.ReaderView reader, Microsoft.Extensions.Localization.IStringLocalizer<Parley.Web.Text> text) : PageModel
{
    [FromQuery(Name = "channel")] public string? Channel { get; set; }
    [FromQuery(Name = "round")] public string? Round { get; set; }
    [FromQuery(Name = "lang")] public string Lang { get; set; } = "en";
    [FromQuery(Name = "redact")] public bool Redact { get; set; }
    [FromQuery(Name = "sections")] public int[] Sections { get; set; } = [];
    [FromQuery(Name = "format")] public string? Format { get; set; }

    public IReadOnlyList<Channel> Channels { get; private set; } = [];
    public IReadOnlyList<Round> Rounds { get; private set; } = [];
    public string? Html { get; private set; }
    public string? Error { get; private set; }

    public bool Includes(BriefingSectionId id) => Sections.Length == 0 || Sections.Contains((int)id);

    /// <summary>False for a viewer without case access: every briefing they get is the redacted edition.</summary>
    public bool NamesCases { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        NamesCases = reader.SeesCases;
        if (!NamesCases) Redact = true;
        Channels = await db.Channels.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct);
        // A round's page links here with the round alone; its channel follows from it.
        if (Channel is null && !string.IsNullOrEmpty(Round))
            Channel = await db.Rounds.AsNoTracking().Where(r => r.Key == Round).Select(r => r.Channel.Key).FirstOrDefaultAsync(ct);
        Channel ??= Channels.FirstOrDefault()?.Key;
        if (Channel is null) return Page();
        Rounds = await db.Rounds.AsNoTracking().Where(r => r.Channel.Key == Channel).OrderBy(r => r.Title).ToListAsync(ct);
        try
        {
            var input = await BriefingQuery.LoadAsync(db, Channel, string.IsNullOrEmpty(Round) ? null : Round, ct);
            var options = new BriefingOptions(
                DateOnly.FromDateTime(DateTime.Now),
                Lang == "vi" ? BriefingLanguage.Vi : BriefingLanguage.En,
                Redact,
                Sections.Length == 0 ? null : Sections.Where(s => Enum.IsDefined((BriefingSectionId)s)).Select(s => (BriefingSectionId)s).ToHashSet());
            // Withheld before it is rendered: a download leaves as bytes, and markup would split a name.
            var briefing = await reader.SeeAsync(BriefingBuilder.Build(input, options), ct);
            if (Format is { } format) return BriefingDownload.File(this, briefing, format, $"briefing-{input.Channel.Key}", text);
            Html = HtmlBriefing.Fragment(briefing);
        }
        catch (UserError e)
        {
            Error = e.In(text);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }

    public string DownloadUrl(string format)
    {
        var query = new List<string> { $"channel={Uri.EscapeDataString(Channel ?? "")}", $"format={format}", $"lang={Lang}" };
        if (!string.IsNullOrEmpty(Round)) query.Add($"round={Uri.EscapeDataString(Round)}");
        if (Redact) query.Add("redact=true");
        query.AddRange(Sections.Select(s => $"sections={s}"));
        return "/briefings?" + string.Join("&", query);
    }
}
