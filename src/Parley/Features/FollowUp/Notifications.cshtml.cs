using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Parley.Domain;
using Parley.Features.Accounts;
using Parley.Store;
using Parley.Web;

namespace Parley.Features.FollowUp;

/// <summary>
/// /follow-up/notifications: the signed-in person's own reminders and digests (unread first), marking them read, what
/// they want to be told, and their calendar feed (a secret address made, replaced or revoked here).
/// </summary>
[Authorize(Policy = Policies.Read)]
public sealed class NotificationsModel(ParleyDb db, IStringLocalizer<Text> text) : PageModel
{
    public IReadOnlyList<Notification> Items { get; private set; } = [];
    public NotificationSettings Settings { get; private set; } = new();
    public bool HasFeed { get; private set; }
    /// <summary>The feed's address, shown once: right after it was made.</summary>
    public string? FeedUrl { get; private set; }
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostReadAsync([FromForm] int id, CancellationToken ct)
    {
        var me = CurrentUser.Name(User);
        if (await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.Recipient == me, ct) is not { } found) return NotFound();
        found.ReadAt ??= DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        var me = CurrentUser.Name(User);
        var now = DateTimeOffset.UtcNow;
        foreach (var n in await db.Notifications.Where(n => n.Recipient == me && n.ReadAt == null).ToListAsync(ct)) n.ReadAt = now;
        await db.SaveChangesAsync(ct);
        Message = text["FollowUpMsg.AllRead"];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSettingsAsync([FromForm] bool reminders, [FromForm] bool weeklyDigest, [FromForm] bool byEmail, [FromForm] bool inApp, CancellationToken ct)
    {
        db.ActAs(User, "web");
        await NotificationPreferences.SetAsync(db, CurrentUser.Name(User), reminders, weeklyDigest, byEmail, inApp, ct);
        Message = text["FollowUpMsg.ChoicesSaved"];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCalendarAsync(CancellationToken ct)
    {
        db.ActAs(User, "web");
        var secret = await CalendarSecret.CreateAsync(db, CurrentUser.Name(User), ct);
        FeedUrl = $"{Request.Scheme}://{Request.Host}/follow-up/calendar/{secret}.ics";
        Message = text["FollowUpMsg.CalendarMade"];
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken ct)
    {
        db.ActAs(User, "web");
        Message = await CalendarSecret.RevokeAsync(db, CurrentUser.Name(User), ct) ? text["FollowUpMsg.CalendarRevoked"] : text["FollowUpMsg.NoCalendar"];
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var me = CurrentUser.Name(User);
        Items = await db.Notifications.AsNoTracking().Where(n => n.Recipient == me)
            .OrderBy(n => n.ReadAt != null).ThenByDescending(n => n.Id).Take(200).ToListAsync(ct);
        Settings = await db.NotificationSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Recipient == me, ct) ?? new NotificationSettings { Recipient = me };
        HasFeed = Settings.CalendarSecretHash is not null;
    }
}
