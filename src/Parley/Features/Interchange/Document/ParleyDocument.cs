namespace Parley.Features.Interchange.Document;

/// <summary>
/// The whole data set as one JSON document: the format of `parley export`, `parley import` and the bundled data set.
/// Records refer to each other by key, so the file reads and diffs well and does not depend on database ids.
/// </summary>
public sealed record ParleyDocument
{
    public const string FormatName = "parley";
    public const int CurrentVersion = 1;

    public string Format { get; init; } = FormatName;
    public int Version { get; init; } = CurrentVersion;
    public List<SourceDoc>? Sources { get; init; }
    public List<PartyDoc>? Parties { get; init; }
    public List<IssueAreaDoc>? IssueAreas { get; init; }
    public List<InstitutionDoc>? Institutions { get; init; }
    public List<ChannelDoc>? Channels { get; init; }
    public List<RoundDoc>? Rounds { get; init; }
    public List<RecommendationDoc>? Recommendations { get; init; }
    public List<CommitmentDoc>? Commitments { get; init; }
    public List<CaseDoc>? Cases { get; init; }
    public List<LegalInstrumentDoc>? LegalInstruments { get; init; }
    public List<ProvisionDoc>? Provisions { get; init; }
    public List<ProgrammeDoc>? Programmes { get; init; }
    public List<FrameworkDoc>? Frameworks { get; init; }
    public List<StatementDoc>? Statements { get; init; }
    public List<LexiconEntryDoc>? Lexicon { get; init; }
    public List<RiskAssessmentDoc>? RiskAssessments { get; init; }
    public List<TreatyStatusDoc>? TreatyStatuses { get; init; }
    public List<FollowUpDoc>? FollowUps { get; init; }
    /// <summary>The UPR issue labels the store maps differently from the shipped default; absent when it uses the default.</summary>
    public List<IssueMappingDoc>? IssueMapping { get; init; }
}
