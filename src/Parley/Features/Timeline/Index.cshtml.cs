using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parley.Features.Powers;
using Parley.Features.Records;
using Parley.Features.Accounts;
using Parley.Store;

namespace Parley.Features.Timeline;

/// <summary>/timeline: rounds, case events, framework events and commitment deadlines and status changes on one time axis.</summary>
public sealed class IndexModel(ParleyDb db, Microsoft.Extensions.Localization.IStringLocalizer<Parley.Web.Text> text) : PageModel
{
    public IReadOnlyList<TimelineItem> Items { get; private set; } = [];
    public TimelineSvg Svg { get; private set; } = null!;
    public IReadOnlyList<Choice> ChannelChoices { get; private set; } = [];
    public IReadOnlyList<Choice> AreaChoices { get; private set; } = [];
    public string Channel { get; private set; } = "";
    public string Area { get; private set; } = "";

    public async Task OnGetAsync(string? channel, string? area, CancellationToken ct)
    {
        Channel = channel ?? "";
        Area = area ?? "";
        var channels = await db.Channels.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct);
        var areas = await db.IssueAreas.AsNoTracking().ToListAsync(ct);
        ChannelChoices = channels.Select(c => new Choice(c.Key, c.Name)).ToList();
        AreaChoices = PowerMatrix.Tree(areas).Select(a => new Choice(a.Area.Key, string.Concat(Enumerable.Repeat("– ", a.Depth)) + a.Area.Name)).ToList();

        var channelId = channels.FirstOrDefault(c => c.Key == Channel)?.Id;
        // An issue area covers the narrower areas beneath it.
        var byId = areas.ToDictionary(a => a.Id);
        var areaIds = areas.FirstOrDefault(a => a.Key == Area) is { } chosen
            ? areas.Where(a => a.Id == chosen.Id || PowerMatrix.Ancestors(a, byId).Any(p => p.Id == chosen.Id)).Select(a => a.Id).ToHashSet()
            : null;
        bool InArea(IEnumerable<int> ids) => areaIds is null || ids.Any(areaIds.Contains);

        var items = new List<TimelineItem>();
        var rounds = await db.Rounds.AsNoTracking().Include(r => r.Agenda).ToListAsync(ct);
        foreach (var r in rounds.Where(r => r.Date is not null && (channelId is null || r.ChannelId == channelId) && InArea(r.Agenda.Select(a => a.IssueAreaId))))
            items.Add(new TimelineItem(TimelineLanes.Rounds, r.Date!.Value, $"{r.Title} ({Word(r.Status)})", $"/records/rounds/{r.Key}"));

        var roundChannel = rounds.ToDictionary(r => r.Id, r => r.ChannelId);
        // A reader without case access sees no case events: each one names a person.
        var cases = CaseAccess.Allowed(User)
            ? await db.Cases.AsNoTracking().Include(c => c.Events).Include(c => c.IssueAreas).Include(c => c.RaisedIn).AsSplitQuery().ToListAsync(ct)
            : [];
        foreach (var c in cases.Where(c => (channelId is null || c.RaisedIn.Any(r => roundChannel.GetValueOrDefault(r.Id) == channelId)) && InArea(c.IssueAreas.Select(a => a.Id))))
            foreach (var e in c.Events.Where(e => e.Date is not null))
                items.Add(new TimelineItem(TimelineLanes.Cases, e.Date!.Value, $"{c.PersonName}: {Word(e.Kind)}", $"/records/cases/{c.Key}"));

        // Frameworks belong to no channel, so a channel filter leaves them out.
        if (channelId is null)
        {
            var frameworks = await db.Frameworks.AsNoTracking().Include(f => f.Events).ThenInclude(e => e.Party).Include(f => f.Leverage).AsSplitQuery().ToListAsync(ct);
            foreach (var f in frameworks.Where(f => InArea(f.Leverage.Select(l => l.IssueAreaId))))
                foreach (var e in f.Events.Where(e => e.Date is not null))
                    items.Add(new TimelineItem(TimelineLanes.Frameworks, e.Date!.Value, $"{f.Name}: {Word(e.Kind)}{(e.Party is null ? "" : $" ({e.Party.Name})")}", $"/records/frameworks/{f.Key}"));
        }

        var commitments = await db.Commitments.AsNoTracking().Include(c => c.History).Include(c => c.IssueAreas).AsSplitQuery().ToListAsync(ct);
        foreach (var c in commitments.Where(c => (channelId is null || c.ChannelId == channelId || (c.RoundId is { } r && roundChannel.GetValueOrDefault(r) == channelId)) && InArea(c.IssueAreas.Select(a => a.Id))))
        {
            if (c.Deadline is { } deadline) items.Add(new TimelineItem(TimelineLanes.Deadlines, deadline, $"{c.Title}: {text["Timeline.Deadline"]}", $"/records/commitments/{c.Key}"));
            foreach (var h in c.History.Where(h => h.Date is not null))
                items.Add(new TimelineItem(TimelineLanes.Statuses, h.Date!.Value, $"{c.Title}: {Parley.Web.Localization.EnumLabel.Of(text, h.Status)}", $"/records/commitments/{c.Key}"));
        }

        Items = items.OrderBy(i => i.Day).ThenBy(i => TimelineLanes.All.ToList().IndexOf(i.Lane)).ThenBy(i => i.Text).ToList();
        Svg = new TimelineSvg(Items);
    }

    /// <summary>A status or event in the reader's language ("Timeline.{Type}.{Member}"), else in English words.</summary>
    private string Word(Enum value)
    {
        var translated = text[$"Timeline.{value.GetType().Name}.{value}"];
        return translated.ResourceNotFound ? EnumText.Of(value) : translated.Value;
    }
}
