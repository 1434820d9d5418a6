using Parley.Domain;
using Parley.Features.Api;
using Parley.Features.Interchange;
using Parley.Features.Interchange.Document;
using static Parley.Features.Interchange.RecordExporter;

namespace Parley.Features.FollowUp;

/// <summary>
/// Follow-ups as the interchange document carries them (export, import, backup and restore), with the same rules the
/// follow-up pages and commands apply to a change: one subject, only accepted recommendations, numbered parts that a
/// report can point at, no "no information" report. The pages and the API of follow-up are their own
/// (<see cref="FollowUpEndpoints"/>), so the kind has no record pages and no generic API.
/// </summary>
public static class FollowUpRecords
{
    public static ApiKind<FollowUpAssignment, FollowUpDoc> Kind { get; } = new()
    {
        Route = "follow-ups",
        Label = "follow-up",
        ToDocument = (x, a) => new FollowUpDoc(a.Key, a.Title, a.AssignedOn, x.Key<Recommendation>(a.RecommendationId), x.Key<Commitment>(a.CommitmentId),
            x.Key<IssueArea>(a.IssueAreaId), x.Key<Party>(a.PartyId), a.Cycle, x.Key<Institution>(a.LeadInstitutionId), Keys(a.SupportingInstitutions),
            a.Illustration ? true : null,
            Listed(a.People.Select(p => new FollowUpPersonDoc(p.Name, p.UserName, p.Email, x.Key<Institution>(p.InstitutionId)))
                .OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Email, StringComparer.Ordinal)
                .ThenBy(p => p.UserName, StringComparer.Ordinal).ThenBy(p => p.Institution, StringComparer.Ordinal)),
            Listed(a.Actions.OrderBy(t => t.Number).Select(t => new PlannedActionDoc(t.Number, t.What, t.Who, t.TargetDate))),
            Listed(a.Indicators.OrderBy(i => i.Number).Select(i => new FollowUpIndicatorDoc(i.Number, i.Measure, i.Frequency, i.Baseline, i.Target, i.Verification))),
            Listed(a.Reports.OrderBy(r => r.Number).Select(r => new ProgressReportDoc(r.Number, r.Date, r.Text, r.State, r.Reviewed, r.ActionNumber,
                r.IndicatorNumber, r.Value, r.EvidenceSource, r.EvidenceLink, r.ReportedBy,
                a.EvidenceFiles.FirstOrDefault(f => f.ReportNumber == r.Number) is { } file ? EvidenceFileDoc.Of(file) : null)))),
        Create = (m, d) => new FollowUpAssignment
        {
            Key = d.Key, Title = m.Required(d.Title, "title"), AssignedOn = d.AssignedOn, Cycle = d.Cycle, Illustration = d.Illustration == true,
            People = [.. (d.People ?? []).Select(p => new FollowUpPerson { Name = p.Name, UserName = p.UserName, Email = p.Email })],
            Actions = [.. (d.Actions ?? []).Select(t => new PlannedAction { Number = t.Number, What = t.What, Who = t.Who, TargetDate = t.TargetDate })],
            Indicators = [.. (d.Indicators ?? []).Select(i => new FollowUpIndicator
            {
                Number = i.Number, Measure = i.Measure, Frequency = i.Frequency, Baseline = i.Baseline, Target = i.Target, Verification = i.Verification,
            })],
            Reports = [.. (d.Reports ?? []).Select(r => new ProgressReport
            {
                Number = r.Number, Date = r.Date, Text = r.Text, State = r.State, Reviewed = r.Reviewed, ActionNumber = r.Action, IndicatorNumber = r.Indicator,
                Value = r.Value, EvidenceSource = r.EvidenceSource, EvidenceLink = r.EvidenceLink, ReportedBy = r.ReportedBy,
            })],
            EvidenceFiles = [.. (d.Reports ?? []).Where(r => r.EvidenceFile is not null).Select(r => new EvidenceFile
            {
                ReportNumber = r.Number, FileName = r.EvidenceFile!.Name, ContentType = r.EvidenceFile.ContentType, Size = r.EvidenceFile.Size,
                Sha256 = r.EvidenceFile.Sha256, Content = r.EvidenceFile.Content ?? [], UploadedBy = r.EvidenceFile.UploadedBy, UploadedAt = r.EvidenceFile.UploadedAt,
            })],
        },
        Link = (m, d, e, at) =>
        {
            LinkSubject(m, d, e, at);
            e.LeadInstitution = m.Optional<Institution>(d.LeadInstitution, at, "leadInstitution");
            e.SupportingInstitutions = m.Links<Institution>(d.SupportingInstitutions, at, "supportingInstitutions");
            if (e.LeadInstitution is { } lead && e.SupportingInstitutions.Contains(lead))
                m.Problem(at, "supportingInstitutions", $"'{lead.Key}' is the lead institution; name it once");
            for (var i = 0; i < e.People.Count; i++) CheckPerson(m, d.People![i], e.People[i], at, $"people[{i}]");
            CheckParts(m, e, at);
        },
    };

    /// <summary>Exactly one subject: an accepted recommendation, a commitment, or a party's recommendations in an issue area.</summary>
    private static void LinkSubject(DocumentImporter m, FollowUpDoc d, FollowUpAssignment e, string at)
    {
        var subjects = new[] { d.Recommendation, d.Commitment, d.IssueArea }.Count(s => s is not null);
        if (subjects != 1)
        {
            m.Problem(at, "recommendation", "give exactly one of recommendation, commitment, or issueArea (with party)");
            return;
        }
        e.Recommendation = m.Optional<Recommendation>(d.Recommendation, at, "recommendation");
        if (e.Recommendation is { Response: not (RecommendationResponse.Accepted or RecommendationResponse.VoluntaryPledge) } refused)
            m.Problem(at, "recommendation", $"'{refused.Key}' was {KebabEnumConverter.Word(refused.Response)}, not accepted; only accepted recommendations are followed up");
        e.Commitment = m.Optional<Commitment>(d.Commitment, at, "commitment");
        e.IssueArea = m.Optional<IssueArea>(d.IssueArea, at, "issueArea");
        if (d.IssueArea is not null) e.Party = m.Link<Party>(d.Party, at, "party");
        else if (d.Party is not null) m.Problem(at, "party", "a party is given only with issueArea (a cluster of its recommendations)");
        if (d.Cycle is not null && d.IssueArea is null) m.Problem(at, "cycle", "a cycle is given only with issueArea (a cluster of its recommendations)");
        if (d.Cycle is < 1 or > 99) m.Problem(at, "cycle", $"{d.Cycle} is not a UN review cycle (1, 2, 3, …)");
    }

    private static void CheckPerson(DocumentImporter m, FollowUpPersonDoc d, FollowUpPerson e, string at, string field)
    {
        m.CheckLengths(e, at, field + ".");
        if (string.IsNullOrWhiteSpace(d.Name)) m.Problem(at, field + ".name", "is required");
        if (d.Email is null && d.UserName is null)
            m.Problem(at, field + ".email", "a contact needs an e-mail address or a Parley user name, or they cannot be told what is due");
        if (d.Email is { } email && (!email.Contains('@') || email.StartsWith('@') || email.EndsWith('@') || email.Any(char.IsWhiteSpace)))
            m.Problem(at, field + ".email", $"'{email}' is not an e-mail address");
        e.Institution = m.Optional<Institution>(d.Institution, at, field + ".institution");
    }

    /// <summary>Actions, indicators and reports numbered once each from 1; a report points only at an action or indicator that is there.</summary>
    private static void CheckParts(DocumentImporter m, FollowUpAssignment e, string at)
    {
        Numbered(m, e.Actions, a => a.Number, at, "actions");
        Numbered(m, e.Indicators, i => i.Number, at, "indicators");
        Numbered(m, e.Reports, r => r.Number, at, "reports");
        for (var i = 0; i < e.Actions.Count; i++)
        {
            m.CheckLengths(e.Actions[i], at, $"actions[{i}].");
            if (string.IsNullOrWhiteSpace(e.Actions[i].What)) m.Problem(at, $"actions[{i}].what", "is required");
        }
        for (var i = 0; i < e.Indicators.Count; i++)
        {
            m.CheckLengths(e.Indicators[i], at, $"indicators[{i}].");
            if (string.IsNullOrWhiteSpace(e.Indicators[i].Measure)) m.Problem(at, $"indicators[{i}].measure", "is required");
        }
        for (var i = 0; i < e.Reports.Count; i++)
        {
            var report = e.Reports[i];
            var field = $"reports[{i}]";
            m.CheckLengths(report, at, field + ".");
            if (string.IsNullOrWhiteSpace(report.Text)) m.Problem(at, field + ".text", "is required");
            if (report.State == ImplementationState.NoInformation)
                m.Problem(at, field + ".state", "'no-information' is derived when nothing is reported; a report says not-started, in-progress, partially-implemented, implemented or regressed");
            if (report.ActionNumber is not null && report.IndicatorNumber is not null)
                m.Problem(at, field + ".action", "a report is on one action or one indicator, not both");
            if (report.ActionNumber is { } action && e.Actions.All(a => a.Number != action))
                m.Problem(at, field + ".action", $"the follow-up has no action {action}");
            if (report.IndicatorNumber is { } indicator && e.Indicators.All(x => x.Number != indicator))
                m.Problem(at, field + ".indicator", $"the follow-up has no indicator {indicator}");
            if (report.EvidenceLink is { } link && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
                m.Problem(at, field + ".evidenceLink", $"'{link}' is not a web address (http or https)");
            if (e.EvidenceFiles.FirstOrDefault(f => f.ReportNumber == report.Number) is { } file) CheckFile(m, file, at, field + ".evidenceFile");
        }
    }

    /// <summary>
    /// A file as the page would have kept it: the same name, a kind its content shows, and the size and SHA-256 of the
    /// content carried (a file damaged or cut short on the way is refused). The size limit is the page's, not the import's.
    /// </summary>
    private static void CheckFile(DocumentImporter m, EvidenceFile file, string at, string field)
    {
        if (file.FileName != EvidenceUpload.SafeName(file.FileName))
            m.Problem(at, field + ".name", $"'{file.FileName}' is not a name kept for a file (as uploaded it would be '{EvidenceUpload.SafeName(file.FileName)}')");
        if (file.Content.Length == 0) m.Problem(at, field + ".content", "is empty");
        else if (file.Size != file.Content.LongLength) m.Problem(at, field + ".size", $"{file.Size} bytes, but the content has {file.Content.LongLength}");
        else if (!string.Equals(file.Sha256, EvidenceUpload.Sha256(file.Content), StringComparison.OrdinalIgnoreCase))
            m.Problem(at, field + ".sha256", "does not match the content: the file was changed or damaged on the way");
        else
        {
            try
            {
                var type = EvidenceUpload.ContentTypeOf(file.FileName, file.Content);
                if (file.ContentType != type) m.Problem(at, field + ".contentType", $"'{file.ContentType}', but the content is '{type}'");
            }
            catch (UserError e)
            {
                m.Problem(at, field + ".content", e.Message["file: ".Length..]);
            }
        }
    }

    private static void Numbered<TPart>(DocumentImporter m, List<TPart> parts, Func<TPart, int> number, string at, string field)
    {
        var seen = new HashSet<int>();
        for (var i = 0; i < parts.Count; i++)
        {
            var n = number(parts[i]);
            if (n < 1) m.Problem(at, $"{field}[{i}].number", $"{n} is not a number from 1 up");
            else if (!seen.Add(n)) m.Problem(at, $"{field}[{i}].number", $"{n} is used twice among {field}");
        }
    }
}
