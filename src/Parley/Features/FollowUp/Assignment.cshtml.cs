using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Parley.Domain;
using Parley.Features.Accounts;
using Parley.Features.Records;
using Parley.Store;
using Parley.Web;
using Parley.Web.Localization;

namespace Parley.Features.FollowUp;

/// <summary>
/// /follow-up/assignments/{assignment}: one follow-up with its people, actions, indicators and reports, and its derived
/// state; editors add to it and review reports here (checked on the server: a viewer's post is refused).
/// </summary>
[Authorize(Policy = Policies.Read)]
public sealed class AssignmentModel(ParleyDb db, InputLimits limits, IStringLocalizer<Text> text) : PageModel
{
    public FollowUpAssignment Assignment { get; private set; } = null!;
    public ImplementationState State { get; private set; }
    public bool SilentOverdue { get; private set; }
    public DateOnly Today { get; private set; }
    /// <summary>The evidence files of the reports, by report number: name and size for the link, not the content.</summary>
    public IReadOnlyDictionary<int, EvidenceLink> Files { get; private set; } = new Dictionary<int, EvidenceLink>();
    public long LargestFile => limits.EvidenceBytes;
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string assignment, CancellationToken ct)
    {
        if (await FollowUpQuery.OneAsync(db, assignment, ct) is not { } found) return NotFound();
        Today = StoreClock.Today();
        Assignment = found;
        State = ImplementationRule.Derive(found, Today);
        SilentOverdue = ImplementationRule.HasSilentOverdueAction(found, Today);
        Files = (await FollowUpQuery.FilesAsync(db, [found.Id], ct)).Values.ToDictionary(f => f.ReportNumber);
        return Page();
    }

    public Task<IActionResult> OnPostActionAsync(string assignment, [FromForm] string? what, [FromForm] string? who, [FromForm] string? targetDate, CancellationToken ct) =>
        ChangeAsync(assignment, async () => new Message("FollowUpMsg.ActionPlanned", (await FollowUpChanges.AddActionAsync(db, assignment, new ActionInput(what, who, Blank(targetDate)), ct)).Number));

    public Task<IActionResult> OnPostIndicatorAsync(string assignment, [FromForm] string? measure, [FromForm] string? baseline, [FromForm] string? target,
        [FromForm] string? frequency, [FromForm] string? verification, CancellationToken ct) =>
        ChangeAsync(assignment, async () => new Message("FollowUpMsg.IndicatorAdded", (await FollowUpChanges.AddIndicatorAsync(db, assignment, new IndicatorInput(measure, baseline, target, frequency, verification), ct)).Number));

    public Task<IActionResult> OnPostPersonAsync(string assignment, [FromForm] string? name, [FromForm] string? email, [FromForm] string? userName,
        [FromForm] string? institution, CancellationToken ct) =>
        ChangeAsync(assignment, async () => new Message("FollowUpMsg.PersonFollows", (await FollowUpChanges.AddPersonAsync(db, assignment, new PersonInput(name, Blank(email), Blank(userName), Blank(institution)), ct)).Name));

    public Task<IActionResult> OnPostReportAsync(string assignment, [FromForm] string? date, [FromForm] string? text, [FromForm] string? state,
        [FromForm] string? on, [FromForm] string? value, [FromForm] string? evidenceSource, [FromForm] string? evidenceLink, [FromForm] bool reviewed, IFormFile? evidenceFile, CancellationToken ct) =>
        ChangeAsync(assignment, async () =>
        {
            // "action-2" or "indicator-1": what the report is on; nothing for the follow-up as a whole.
            var (action, indicator) = On(on);
            var file = evidenceFile is { Length: > 0 } ? await ReadAsync(evidenceFile, ct) : null;
            var report = await FollowUpChanges.ReportAsync(db, assignment, new ReportInput(date, text, state, action, indicator, Blank(value), Blank(evidenceSource), Blank(evidenceLink), reviewed), ct, file);
            return (file, report.Reviewed) switch
            {
                (null, true) => new Message("FollowUpMsg.ReportRecorded", report.Number),
                (null, false) => new Message("FollowUpMsg.ReportRecordedUnreviewed", report.Number),
                (_, true) => new Message("FollowUpMsg.ReportRecordedWithFile", report.Number, file.FileName),
                (_, false) => new Message("FollowUpMsg.ReportRecordedWithFileUnreviewed", report.Number, file.FileName),
            };
        });

    public Task<IActionResult> OnPostRemoveEvidenceAsync(string assignment, [FromForm] int number, CancellationToken ct) =>
        ChangeAsync(assignment, async () => new Message("FollowUpMsg.EvidenceRemoved", (await FollowUpChanges.RemoveEvidenceAsync(db, assignment, number, ct)).FileName, number));

    public Task<IActionResult> OnPostAttachEvidenceAsync(string assignment, [FromForm] int number, IFormFile? evidenceFile, CancellationToken ct) =>
        ChangeAsync(assignment, async () =>
        {
            var given = evidenceFile is { Length: > 0 } ? await ReadAsync(evidenceFile, ct) : null;
            var file = await FollowUpChanges.AttachEvidenceAsync(db, assignment, number, given, ct);
            return new Message("FollowUpMsg.EvidenceAttached", number, file.FileName);
        });

    /// <summary>The uploaded file, refused by its size before it is read when it is over the limit.</summary>
    private async Task<EvidenceFile> ReadAsync(IFormFile upload, CancellationToken ct)
    {
        EvidenceUpload.TooLarge(EvidenceUpload.SafeName(upload.FileName), upload.Length, limits.EvidenceBytes);
        using var content = new MemoryStream((int)upload.Length);
        await upload.CopyToAsync(content, ct);
        return EvidenceUpload.Check(upload.FileName, content.ToArray(), limits.EvidenceBytes);
    }

    public Task<IActionResult> OnPostReviewAsync(string assignment, [FromForm] int number, CancellationToken ct) =>
        ChangeAsync(assignment, async () => new Message("FollowUpMsg.ReportReviewed", (await FollowUpChanges.ReviewAsync(db, assignment, number, ct)).Number));

    private async Task<IActionResult> ChangeAsync(string assignment, Func<Task<Message>> change)
    {
        if (!CurrentUser.CanWrite(User)) return Forbid();
        db.ActAs(User);
        try
        {
            // Put into words now, in the reader's language: the message is kept for the page after the redirect.
            Message = (await change()).In(text);
        }
        catch (UserError e)
        {
            if (FollowUpChanges.IsMissingFollowUp(e)) return NotFound();
            Message = text["FollowUpMsg.NotSaved", e.In(text)];
        }
        return Redirect($"/follow-up/assignments/{Uri.EscapeDataString(assignment)}");
    }

    private static (int? Action, int? Indicator) On(string? on) => on?.Split('-') switch
    {
        ["action", var n] when int.TryParse(n, out var a) => (a, null),
        ["indicator", var n] when int.TryParse(n, out var i) => (null, i),
        _ => (null, null),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
