using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Store;
using Parley.Web.Localization;

namespace Parley.Features.FollowUp;

/// <summary>
/// Every change to follow-up, for the command line, the API and the pages alike. Input is checked first (a mistake is a
/// <see cref="UserError"/> naming the field, and nothing is written); the change is then saved through the store's one
/// write path, which puts it in the audit trail in the same transaction (<see cref="AuditStamp"/>: parts of an
/// assignment, such as a report, are recorded on the assignment). Set who acts on the store first.
/// </summary>
public static class FollowUpChanges
{
    public static async Task<FollowUpAssignment> AssignAsync(ParleyDb db, AssignmentInput input, DateOnly today, CancellationToken ct = default)
    {
        var assignment = new FollowUpAssignment { AssignedOn = input.AssignedOn is null ? today : Day(input.AssignedOn, "assignedOn") };
        var subjects = new[] { input.Recommendation, input.Commitment, input.IssueArea }.Count(s => !string.IsNullOrWhiteSpace(s));
        if (subjects != 1) throw new UserError(new Message("FollowUpErr.SubjectOne"));
        string subject;
        if (!string.IsNullOrWhiteSpace(input.Recommendation))
        {
            var recommendation = await db.Recommendations.SingleOrDefaultAsync(r => r.Key == input.Recommendation.Trim(), ct)
                ?? throw new UserError(new Message("FollowUpErr.NoRecommendation", input.Recommendation));
            if (recommendation.Response is not (RecommendationResponse.Accepted or RecommendationResponse.VoluntaryPledge))
                throw new UserError(new Message("FollowUpErr.NotAccepted", recommendation.Key, recommendation.Response.ToString().ToLowerInvariant()));
            assignment.Recommendation = recommendation;
            subject = recommendation.Key;
        }
        else if (!string.IsNullOrWhiteSpace(input.Commitment))
        {
            var commitment = await db.Commitments.SingleOrDefaultAsync(c => c.Key == input.Commitment.Trim(), ct)
                ?? throw new UserError(new Message("FollowUpErr.NoCommitment", input.Commitment));
            assignment.Commitment = commitment;
            subject = commitment.Key;
        }
        else
        {
            var area = await db.IssueAreas.SingleOrDefaultAsync(a => a.Key == input.IssueArea!.Trim(), ct)
                ?? throw new UserError(new Message("FollowUpErr.NoIssueArea", input.IssueArea));
            if (string.IsNullOrWhiteSpace(input.Party)) throw new UserError(new Message("FollowUpErr.ClusterNeedsParty"));
            var party = await db.Parties.SingleOrDefaultAsync(p => p.Key == input.Party.Trim(), ct)
                ?? throw new UserError(new Message("FollowUpErr.NoParty", input.Party));
            if (input.Cycle is < 1 or > 99) throw new UserError(new Message("FollowUpErr.NotACycle", input.Cycle));
            (assignment.IssueArea, assignment.Party, assignment.Cycle) = (area, party, input.Cycle);
            subject = $"{party.Key}-{area.Key}" + (input.Cycle is { } c ? $"-cycle-{c}" : "");
        }
        if (string.IsNullOrWhiteSpace(input.Lead)) throw new UserError(new Message("FollowUpErr.NameLead"));
        assignment.LeadInstitution = await InstitutionAsync(db, input.Lead, "lead", ct);
        foreach (var key in input.Supporting ?? [])
        {
            var institution = await InstitutionAsync(db, key, "supporting", ct);
            if (institution == assignment.LeadInstitution || assignment.SupportingInstitutions.Contains(institution))
                throw new UserError(new Message("FollowUpErr.AlreadyNamed", institution.Key));
            assignment.SupportingInstitutions.Add(institution);
        }
        assignment.Key = string.IsNullOrWhiteSpace(input.Key) ? await FreeKeyAsync(db, "follow-up-" + subject, ct) : input.Key.Trim();
        // The same keys as every record's, so that an export of the follow-up imports again.
        if (assignment.Key.Length > 120 || !System.Text.RegularExpressions.Regex.IsMatch(assignment.Key, "^[a-z0-9][a-z0-9._-]*$"))
            throw new UserError(new Message("FollowUpErr.KeyInvalid", assignment.Key));
        if (await db.FollowUpAssignments.AnyAsync(a => a.Key == assignment.Key, ct))
            throw new UserError(new Message("FollowUpErr.KeyTaken", assignment.Key));
        var named = assignment.Recommendation?.Text ?? assignment.Commitment?.Title ?? $"{assignment.IssueArea!.Name} ({assignment.Party!.Name})";
        assignment.Title = Text(input.Title, "title", 500, required: false) ?? (named.Length > 200 ? named[..197] + "…" : named);
        db.FollowUpAssignments.Add(assignment);
        await db.SaveChangesAsync(ct);
        return assignment;
    }

    public static async Task<FollowUpPerson> AddPersonAsync(ParleyDb db, string key, PersonInput input, CancellationToken ct = default)
    {
        var assignment = await LoadAsync(db, key, ct);
        var person = new FollowUpPerson
        {
            Name = Text(input.Name, "name", 300, required: true)!,
            Email = Text(input.Email, "email", 320, required: false),
            UserName = Text(input.UserName, "user", 256, required: false),
        };
        if (person.Email is { } email && (!email.Contains('@') || email.StartsWith('@') || email.EndsWith('@') || email.Any(char.IsWhiteSpace)))
            throw new UserError(new Message("FollowUpErr.NotAnEmail", email));
        if (person.UserName is { } user && !await db.Users.AnyAsync(u => u.UserName == user, ct))
            throw new UserError(new Message("FollowUpErr.NoUser", user));
        if (person.Email is null && person.UserName is null) throw new UserError(new Message("FollowUpErr.ContactNeedsAddress"));
        if (!string.IsNullOrWhiteSpace(input.Institution)) person.Institution = await InstitutionAsync(db, input.Institution, "institution", ct);
        assignment.People.Add(person);
        await db.SaveChangesAsync(ct);
        return person;
    }

    public static async Task<PlannedAction> AddActionAsync(ParleyDb db, string key, ActionInput input, CancellationToken ct = default)
    {
        var assignment = await LoadAsync(db, key, ct);
        var action = new PlannedAction
        {
            Number = assignment.Actions.Select(a => a.Number).DefaultIfEmpty().Max() + 1,
            What = Text(input.What, "what", 2000, required: true)!,
            Who = Text(input.Who, "who", 300, required: false),
            TargetDate = input.TargetDate is null ? null : Day(input.TargetDate, "targetDate"),
        };
        assignment.Actions.Add(action);
        await db.SaveChangesAsync(ct);
        return action;
    }

    public static async Task<FollowUpIndicator> AddIndicatorAsync(ParleyDb db, string key, IndicatorInput input, CancellationToken ct = default)
    {
        var assignment = await LoadAsync(db, key, ct);
        var indicator = new FollowUpIndicator
        {
            Number = assignment.Indicators.Select(a => a.Number).DefaultIfEmpty().Max() + 1,
            Measure = Text(input.Measure, "measure", 2000, required: true)!,
            Baseline = Text(input.Baseline, "baseline", 500, required: false),
            Target = Text(input.Target, "target", 500, required: false),
            Frequency = FollowUpNames.Parse<ReportingFrequency>(input.Frequency ?? "", "frequency"),
            Verification = Text(input.Verification, "verification", 2000, required: false),
        };
        assignment.Indicators.Add(indicator);
        await db.SaveChangesAsync(ct);
        return indicator;
    }

    /// <summary>
    /// Records a progress report, with <paramref name="file"/> as its evidence when one is given (checked by
    /// <see cref="EvidenceUpload.Check"/>): report, file and their audit entries are written together or not at all.
    /// </summary>
    public static async Task<ProgressReport> ReportAsync(ParleyDb db, string key, ReportInput input, CancellationToken ct = default, EvidenceFile? file = null)
    {
        var assignment = await LoadAsync(db, key, ct);
        var state = FollowUpNames.Parse<ImplementationState>(input.State, "state");
        if (state == ImplementationState.NoInformation)
            throw new UserError(new Message("FollowUpErr.StateDerived"));
        if (input.Action is not null && input.Indicator is not null) throw new UserError(new Message("FollowUpErr.OneTarget"));
        if (input.Action is { } a && assignment.Actions.All(x => x.Number != a))
            throw new UserError(new Message("FollowUpErr.NoAction", assignment.Key, a, Numbers(assignment.Actions.Select(x => x.Number))));
        if (input.Indicator is { } i && assignment.Indicators.All(x => x.Number != i))
            throw new UserError(new Message("FollowUpErr.NoIndicator", assignment.Key, i, Numbers(assignment.Indicators.Select(x => x.Number))));
        var link = Text(input.EvidenceLink, "evidenceLink", 2000, required: false);
        if (link is not null && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            throw new UserError(new Message("FollowUpErr.NotAWebAddress", link));
        var report = new ProgressReport
        {
            Number = assignment.Reports.Select(r => r.Number).DefaultIfEmpty().Max() + 1,
            Date = Day(input.Date, "date"),
            Text = Text(input.Text, "text", 20000, required: true)!,
            State = state,
            ActionNumber = input.Action,
            IndicatorNumber = input.Indicator,
            Value = Text(input.Value, "value", 500, required: false),
            EvidenceSource = Text(input.EvidenceSource, "evidenceSource", 2000, required: false),
            EvidenceLink = link,
            Reviewed = input.Reviewed,
            ReportedBy = db.Actor,
        };
        assignment.Reports.Add(report);
        if (file is not null) KeepEvidence(db, assignment, report.Number, file);
        await db.SaveChangesAsync(ct);
        return report;
    }

    /// <summary>
    /// Gives an existing report its evidence file, replacing the one it had (the old one's removal and the new one's
    /// arrival are both in the audit trail, in one transaction): evidence often arrives after the report.
    /// </summary>
    /// <remarks>The follow-up and the report are checked before the file: a missing one is the first thing to say.</remarks>
    public static async Task<EvidenceFile> AttachEvidenceAsync(ParleyDb db, string key, int number, EvidenceFile? file, CancellationToken ct = default)
    {
        var assignment = await LoadAsync(db, key, ct);
        ReportOf(assignment, number);
        if (file is null) throw new UserError(new Message("FollowUpErr.NoFileChosen"));
        if (await db.EvidenceFiles.SingleOrDefaultAsync(f => f.FollowUpAssignmentId == assignment.Id && f.ReportNumber == number, ct) is { } old)
        {
            db.EvidenceFiles.Remove(old);
            AuditEvidence(db, assignment, old, AuditAction.Delete);
        }
        KeepEvidence(db, assignment, number, file);
        await db.SaveChangesAsync(ct);
        return file;
    }

    /// <summary>Adds a checked file as the evidence of report <paramref name="number"/>, stamped and audited; the caller saves.</summary>
    private static void KeepEvidence(ParleyDb db, FollowUpAssignment assignment, int number, EvidenceFile file)
    {
        (file.ReportNumber, file.UploadedBy, file.UploadedAt) = (number, db.Actor, Second(DateTimeOffset.UtcNow));
        assignment.EvidenceFiles.Add(file);
        AuditEvidence(db, assignment, file, AuditAction.Create);
    }

    /// <summary>Removes the file given as evidence for a report (the report stays), in the audit trail.</summary>
    public static async Task<EvidenceFile> RemoveEvidenceAsync(ParleyDb db, string key, int number, CancellationToken ct = default)
    {
        var assignment = await LoadAsync(db, key, ct);
        var file = await db.EvidenceFiles.SingleOrDefaultAsync(f => f.FollowUpAssignmentId == assignment.Id && f.ReportNumber == number, ct)
            ?? throw new UserError(new Message("FollowUpErr.NoEvidenceFile", number, assignment.Key));
        db.EvidenceFiles.Remove(file);
        AuditEvidence(db, assignment, file, AuditAction.Delete);
        await db.SaveChangesAsync(ct);
        return file;
    }

    /// <summary>
    /// The file's own entry in the audit trail: what it is and its fingerprint, never its content (the trail would
    /// grow by every file). Saved with the change, in its transaction.
    /// </summary>
    private static void AuditEvidence(ParleyDb db, FollowUpAssignment assignment, EvidenceFile file, AuditAction action)
    {
        var values = new { Report = file.ReportNumber, file.FileName, file.ContentType, file.Size, file.Sha256, file.UploadedBy, file.UploadedAt };
        AuditNote.Add(db, nameof(EvidenceFile), $"{assignment.Key}#report-{file.ReportNumber}", action,
            action == AuditAction.Create ? null : values, action == AuditAction.Delete ? null : values);
    }

    /// <summary>To the second: every store keeps that exactly, so a copy exports the same (PostgreSQL keeps microseconds, .NET ticks).</summary>
    public static DateTimeOffset Second(DateTimeOffset at) => new(at.Ticks - at.Ticks % TimeSpan.TicksPerSecond, at.Offset);

    /// <summary>Marks a report reviewed: from now on it counts towards the derived state.</summary>
    public static async Task<ProgressReport> ReviewAsync(ParleyDb db, string key, int number, CancellationToken ct = default)
    {
        var assignment = await LoadAsync(db, key, ct);
        var report = ReportOf(assignment, number);
        if (report.Reviewed) return report;
        report.Reviewed = true;
        await db.SaveChangesAsync(ct);
        return report;
    }

    private const string NoFollowUp = "FollowUpErr.NoFollowUp";

    /// <summary>The refusal for a follow-up <paramref name="key"/> that does not exist: one wording for the CLI, the
    /// pages and the API.</summary>
    public static Message MissingFollowUp(string key) => new(NoFollowUp, key);

    /// <summary>Whether the refusal is for a follow-up that does not exist (a 404 on pages and in the API, not a 400).</summary>
    public static bool IsMissingFollowUp(UserError e) => e.Text?.Name == NoFollowUp;

    /// <summary>The follow-up's report <paramref name="number"/>; a missing one is refused naming those it has.</summary>
    private static ProgressReport ReportOf(FollowUpAssignment assignment, int number) =>
        assignment.Reports.SingleOrDefault(r => r.Number == number)
            ?? throw new UserError(new Message("FollowUpErr.NoReport", assignment.Key, number, Numbers(assignment.Reports.Select(r => r.Number))));

    /// <summary>An assignment with its parts, tracked for a change.</summary>
    private static async Task<FollowUpAssignment> LoadAsync(ParleyDb db, string key, CancellationToken ct) =>
        await db.FollowUpAssignments.SingleOrDefaultAsync(a => a.Key == key, ct)
        ?? throw new UserError(MissingFollowUp(key));

    private static async Task<Institution> InstitutionAsync(ParleyDb db, string key, string field, CancellationToken ct) =>
        await db.Institutions.SingleOrDefaultAsync(i => i.Key == key.Trim(), ct)
        ?? throw new UserError(new Message("FollowUpErr.NoInstitution", field, key));

    private static async Task<string> FreeKeyAsync(ParleyDb db, string wanted, CancellationToken ct)
    {
        var stem = wanted.Length > 110 ? wanted[..110] : wanted;
        var taken = await db.FollowUpAssignments.Where(a => a.Key.StartsWith(stem)).Select(a => a.Key).ToListAsync(ct);
        if (!taken.Contains(stem)) return stem;
        for (var n = 2; ; n++)
            if (!taken.Contains($"{stem}-{n}")) return $"{stem}-{n}";
    }

    /// <summary>A calendar day written YYYY-MM-DD.</summary>
    public static DateOnly Day(string? text, string field) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw new UserError(new Message("FollowUpErr.NotADay", field, text));

    private static string? Text(string? text, string field, int longest, bool required)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            return required ? throw new UserError(new Message("FollowUpErr.Empty", field)) : null;
        if (trimmed.Length > longest) throw new UserError(new Message("FollowUpErr.TooLong", field, trimmed.Length, longest));
        if (trimmed.Contains('\0')) throw new UserError(new Message("FollowUpErr.NulCharacter", field));
        return trimmed;
    }

    /// <summary>The numbers a follow-up has, for a refusal; "none" in the reader's language when it has none.</summary>
    private static object Numbers(IEnumerable<int> numbers) => numbers.Any() ? string.Join(", ", numbers) : new Message("FollowUpErr.None");
}
