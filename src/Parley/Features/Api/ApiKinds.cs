using Parley.Domain;
using Parley.Features.Interchange.Document;
using static Parley.Features.Api.FilterValue;

namespace Parley.Features.Api;

/// <summary>Every kind of record the API serves, with the filters that fit each (channel, party, issue area, status, year...).</summary>
public static class ApiKinds
{
    public static readonly ApiKind<Party, PartyDoc> Parties = new()
    {
        Route = "parties", Label = "party", KeyOf = d => d.Key, Wrap = d => new() { Parties = [d] }, Export = (x, q, ct) => x.Parties(q, ct),
        Filters = new Dictionary<string, Func<IQueryable<Party>, string, IQueryable<Party>>>
        {
            ["kind"] = (q, v) => { var kind = Word<PartyKind>(v); return q.Where(x => x.Kind == kind); },
        },
    };

    public static readonly ApiKind<IssueArea, IssueAreaDoc> IssueAreas = new()
    {
        Route = "issue-areas", Label = "issue area", KeyOf = d => d.Key, Wrap = d => new() { IssueAreas = [d] }, Export = (x, q, ct) => x.IssueAreas(q, ct),
        Filters = new Dictionary<string, Func<IQueryable<IssueArea>, string, IQueryable<IssueArea>>>
        {
            ["parent"] = (q, v) => q.Where(x => x.Parent != null && x.Parent.Key == v),
        },
    };

    public static readonly ApiKind<Institution, InstitutionDoc> Institutions = new()
    {
        Route = "institutions", Label = "institution", KeyOf = d => d.Key, Wrap = d => new() { Institutions = [d] }, Export = (x, q, ct) => x.Institutions(q, ct),
        Filters = new Dictionary<string, Func<IQueryable<Institution>, string, IQueryable<Institution>>>
        {
            ["party"] = (q, v) => q.Where(x => x.Party.Key == v),
            ["kind"] = (q, v) => { var kind = Word<InstitutionKind>(v); return q.Where(x => x.Kind == kind); },
            ["issueArea"] = (q, v) => q.Where(x => x.Powers.Any(p => p.IssueArea != null && p.IssueArea.Key == v)),
        },
    };

    public static readonly ApiKind<Channel, ChannelDoc> Channels = new()
    {
        Route = "channels", Label = "channel", KeyOf = d => d.Key, Wrap = d => new() { Channels = [d] }, Export = (x, q, ct) => x.Channels(q, ct),
        Filters = new Dictionary<string, Func<IQueryable<Channel>, string, IQueryable<Channel>>>
        {
            ["party"] = (q, v) => q.Where(x => x.Parties.Any(p => p.Key == v)),
            ["issueArea"] = (q, v) => q.Where(x => x.IssueAreas.Any(a => a.Key == v)),
            ["kind"] = (q, v) => { var kind = Word<ChannelKind>(v); return q.Where(x => x.Kind == kind); },
            ["year"] = (q, v) => { var year = Year(v); return q.Where(x => x.StartYear == year); },
        },
    };

    public static readonly ApiKind<Round, RoundDoc> Rounds = new()
    {
        Route = "rounds", Label = "round", KeyOf = d => d.Key, Wrap = d => new() { Rounds = [d] }, Export = (x, q, ct) => x.Rounds(q, ct),
        Filters = new Dictionary<string, Func<IQueryable<Round>, string, IQueryable<Round>>>
        {
            ["channel"] = (q, v) => q.Where(x => x.Channel.Key == v),
            ["status"] = (q, v) => { var status = Word<RoundStatus>(v); return q.Where(x => x.Status == status); },
            ["year"] = (q, v) => { var (from, to) = YearRange(v); return q.Where(x => x.Date >= from && x.Date < to); },
            ["issueArea"] = (q, v) => q.Where(x => x.Agenda.Any(a => a.IssueArea.Key == v)),
            ["institution"] = (q, v) => q.Where(x => x.Delegates.Any(d => d.Institution.Key == v)),
        },
    };

    public static readonly ApiKind<Recommendation, RecommendationDoc> Recommendations = new()
    {
        Route = "recommendations", Label = "recommendation", KeyOf = d => d.Key, Wrap = d => new() { Recommendations = [d] }, Export = (x, q, ct) => x.Recommendations(q, ct),
        ReadOne = OneRecommendation.ReadAsync,
        Filters = new Dictionary<string, Func<IQueryable<Recommendation>, string, IQueryable<Recommendation>>>
        {
            ["party"] = (q, v) => q.Where(x => (x.FromParty != null && x.FromParty.Key == v) || (x.ToParty != null && x.ToParty.Key == v)),
            ["round"] = (q, v) => q.Where(x => x.Round != null && x.Round.Key == v),
            ["issueArea"] = (q, v) => q.Where(x => x.IssueAreas.Any(a => a.Key == v)),
            ["status"] = (q, v) => { var response = Word<RecommendationResponse>(v); return q.Where(x => x.Response == response); },
            ["year"] = (q, v) => { var (from, to) = YearRange(v); return q.Where(x => x.Date >= from && x.Date < to); },
        },
    };

    public static readonly ApiKind<Commitment, CommitmentDoc> Commitments = new()
    {
        Route = "commitments", Label = "commitment", KeyOf = d => d.Key, Wrap = d => new() { Commitments = [d] }, Export = (x, q, ct) => x.Commitments(q, ct),
        Filters = new Dictionary<string, Func<IQueryable<Commitment>, string, IQueryable<Commitment>>>
        {
            ["party"] = (q, v) => q.Where(x => x.Party.Key == v),
            ["channel"] = (q, v) => q.Where(x => x.Channel != null && x.Channel.Key == v),
            ["round"] = (q, v) => q.Where(x => x.Round != null && x.Round.Key == v),
            ["issueArea"] = (q, v) => q.Where(x => x.IssueAreas.Any(a => a.Key == v)),
            ["framework"] = (q, v) => q.Where(x => x.Frameworks.Any(f => f.Key == v)),
            ["instrument"] = (q, v) => { var instrument = Word<BindingInstrument>(v); return q.Where(x => x.Instrument == instrument); },
            ["status"] = (q, v) => q.Where(CommitmentCurrentStatus.Is(Word<CommitmentStatus>(v))),
            ["year"] = (q, v) => { var (from, to) = YearRange(v); return q.Where(x => x.Deadline >= from && x.Deadline < to); },
        },
    };

    public static readonly ApiKind<Case, CaseDoc> Cases = new()
    {
        Route = "cases", Label = "case", Sensitive = true, KeyOf = d => d.Key, Wrap = d => new() { Cases = [d] }, Export = (x, q, ct) => x.Cases(q, ct),
        Filters = new Dictionary<string, Func<IQueryable<Case>, string, IQueryable<Case>>>
        {
            ["party"] = (q, v) => q.Where(x => x.Party != null && x.Party.Key == v),
            ["status"] = (q, v) => { var status = Word<CaseStatus>(v); return q.Where(x => x.Status == status); },
            ["issueArea"] = (q, v) => q.Where(x => x.IssueAreas.Any(a => a.Key == v)),
            ["provision"] = (q, v) => q.Where(x => x.Charges.Any(p => p.Key == v)),
            ["round"] = (q, v) => q.Where(x => x.RaisedIn.Any(r => r.Key == v)),
            ["year"] = (q, v) => { var (from, to) = YearRange(v); return q.Where(x => x.Events.Any(e => e.Date >= from && e.Date < to)); },
        },
    };

    public static readonly ApiKind<LegalInstrument, LegalInstrumentDoc> LegalInstruments = new()
    {
        Route = "legal-instruments", Label = "legal instrument", KeyOf = d => d.Key, Wrap = d => new() { LegalInstruments = [d] }, Export = (x, q, ct) => x.LegalInstruments(q, ct),
        Filters = new Dictionary<string, Func<IQueryable<LegalInstrument>, string, IQueryable<LegalInstrument>>>
        {
            ["party"] = (q, v) => q.Where(x => x.Party.Key == v),
            ["kind"] = (q, v) => { var kind = Word<InstrumentKind>(v); return q.Where(x => x.Kind == kind); },
            ["year"] = (q, v) => { var year = Year(v); return q.Where(x => x.Year == year); },
        },
    };

    public static readonly ApiKind<Provision, ProvisionDoc> Provisions = new()
    {
        Route = "provisions", Label = "provision", KeyOf = d => d.Key, Wrap = d => new() { Provisions = [d] }, Export = (x, q, ct) => x.Provisions(q, ct),
        Filters = new Dictionary<string, Func<IQueryable<Provision>, string, IQueryable<Provision>>>
        {
            ["instrument"] = (q, v) => q.Where(x => x.Instrument.Key == v),
            ["issueArea"] = (q, v) => q.Where(x => x.IssueAreas.Any(a => a.Key == v)),
        },
    };

    public static readonly ApiKind<Programme, ProgrammeDoc> Programmes = new()
    {
        Route = "programmes", Label = "programme", KeyOf = d => d.Key, Wrap = d => new() { Programmes = [d] }, Export = (x, q, ct) => x.Programmes(q, ct),
        Filters = new Dictionary<string, Func<IQueryable<Programme>, string, IQueryable<Programme>>>
        {
            ["issueArea"] = (q, v) => q.Where(x => x.IssueAreas.Any(a => a.Key == v)),
            ["institution"] = (q, v) => q.Where(x => (x.Funder != null && x.Funder.Key == v) || (x.Implementer != null && x.Implementer.Key == v) || x.Partners.Any(p => p.Key == v)),
            ["year"] = (q, v) => { var year = Year(v); return q.Where(x => x.StartYear <= year && (x.EndYear == null || x.EndYear >= year)); },
        },
    };

    public static readonly ApiKind<Framework, FrameworkDoc> Frameworks = new()
    {
        Route = "frameworks", Label = "framework", KeyOf = d => d.Key, Wrap = d => new() { Frameworks = [d] }, Export = (x, q, ct) => x.Frameworks(q, ct),
        Filters = new Dictionary<string, Func<IQueryable<Framework>, string, IQueryable<Framework>>>
        {
            ["party"] = (q, v) => q.Where(x => x.Members.Any(p => p.Key == v)),
            ["kind"] = (q, v) => { var kind = Word<FrameworkKind>(v); return q.Where(x => x.Kind == kind); },
            ["issueArea"] = (q, v) => q.Where(x => x.Leverage.Any(l => l.IssueArea.Key == v)),
        },
    };

    public static readonly ApiKind<Statement, StatementDoc> Statements = new()
    {
        Route = "statements", Label = "statement", KeyOf = d => d.Key, Wrap = d => new() { Statements = [d] }, Export = (x, q, ct) => x.Statements(q, ct),
        Filters = new Dictionary<string, Func<IQueryable<Statement>, string, IQueryable<Statement>>>
        {
            ["party"] = (q, v) => q.Where(x => x.Party != null && x.Party.Key == v),
            ["round"] = (q, v) => q.Where(x => x.Round != null && x.Round.Key == v),
            ["kind"] = (q, v) => { var kind = Word<StatementKind>(v); return q.Where(x => x.Kind == kind); },
            ["year"] = (q, v) => { var (from, to) = YearRange(v); return q.Where(x => x.Date >= from && x.Date < to); },
        },
    };

    public static readonly ApiKind<Source, SourceDoc> Sources = new()
    {
        Route = "sources", Label = "source", KeyOf = d => d.Key, Wrap = d => new() { Sources = [d] }, Export = (x, q, ct) => x.Sources(q, ct),
        Filters = new Dictionary<string, Func<IQueryable<Source>, string, IQueryable<Source>>>
        {
            ["kind"] = (q, v) => { var kind = Word<SourceKind>(v); return q.Where(x => x.Kind == kind); },
            ["year"] = (q, v) => { var (from, to) = YearRange(v); return q.Where(x => x.Published >= from && x.Published < to); },
        },
    };

    public static readonly ApiKind<LexiconEntry, LexiconEntryDoc> Lexicon = new()
    {
        Route = "lexicon", Label = "lexicon entry", KeyOf = d => d.Key, Wrap = d => new() { Lexicon = [d] }, Export = (x, q, ct) => x.Lexicon(q, ct),
        Filters = new Dictionary<string, Func<IQueryable<LexiconEntry>, string, IQueryable<LexiconEntry>>>
        {
            ["lexicon"] = (q, v) => { var lexicon = Word<LexiconKind>(v); return q.Where(x => x.Lexicon == lexicon); },
            ["category"] = (q, v) => { var category = Word<LexiconCategory>(v); return q.Where(x => x.Category == category); },
            ["language"] = (q, v) => q.Where(x => x.Language == v),
        },
    };

    public static readonly ApiKind<RiskAssessment, RiskAssessmentDoc> RiskAssessments = new()
    {
        Route = "risk-assessments", Label = "risk assessment", KeyOf = d => d.Key, Wrap = d => new() { RiskAssessments = [d] }, Export = (x, q, ct) => x.RiskAssessments(q, ct),
        Filters = new Dictionary<string, Func<IQueryable<RiskAssessment>, string, IQueryable<RiskAssessment>>>
        {
            ["issueArea"] = (q, v) => q.Where(x => x.IssueArea.Key == v),
            ["party"] = (q, v) => q.Where(x => x.Party != null && x.Party.Key == v),
            ["status"] = (q, v) => { var level = Word<RiskLevel>(v); return q.Where(x => x.Level == level); },
            ["year"] = (q, v) => { var year = Year(v); return q.Where(x => x.Year == year); },
        },
    };

    public static readonly IReadOnlyList<IApiKind> All =
    [
        Parties, IssueAreas, Institutions, Channels, Rounds, Recommendations, Commitments, Cases,
        LegalInstruments, Provisions, Programmes, Frameworks, Statements, Sources, Lexicon, RiskAssessments,
    ];

    /// <summary>A kind by its route ("legal-instruments") or its entity name ("LegalInstrument"), as audit entries name it.</summary>
    public static IApiKind? Find(string name) =>
        All.FirstOrDefault(k => k.Route.Equals(name, StringComparison.OrdinalIgnoreCase) || k.EntityName.Equals(name, StringComparison.OrdinalIgnoreCase));
}
