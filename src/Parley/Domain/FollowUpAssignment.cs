namespace Parley.Domain;

/// <summary>
/// Who follows up an accepted recommendation, a cluster of them (a party's recommendations in one issue area), or a
/// commitment, between rounds: the lead and supporting institutions, the people on each side, the planned actions, the
/// indicators and the progress reports. Its implementation state is derived from the reports, never typed.
/// </summary>
public class FollowUpAssignment : IKeyed
{
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";
    public int? RecommendationId { get; set; }
    public Recommendation? Recommendation { get; set; }
    public int? CommitmentId { get; set; }
    public Commitment? Commitment { get; set; }
    /// <summary>With <see cref="PartyId"/>: the cluster of the party's accepted recommendations in this issue area.</summary>
    public int? IssueAreaId { get; set; }
    public IssueArea? IssueArea { get; set; }
    /// <summary>The party the cluster's recommendations were addressed to.</summary>
    public int? PartyId { get; set; }
    public Party? Party { get; set; }
    /// <summary>The UN review cycle a cluster is limited to; none means every cycle.</summary>
    public int? Cycle { get; set; }
    public int? LeadInstitutionId { get; set; }
    public Institution? LeadInstitution { get; set; }
    public List<Institution> SupportingInstitutions { get; set; } = [];
    /// <summary>The calendar day the follow-up was assigned; an indicator never reported is due one period after it.</summary>
    public DateOnly AssignedOn { get; set; }
    /// <summary>
    /// An example made up to show what follow-up looks like (the bundled data set's), not a recorded fact: every page,
    /// export and report that shows it says so.
    /// </summary>
    public bool Illustration { get; set; }
    public List<FollowUpPerson> People { get; set; } = [];
    public List<PlannedAction> Actions { get; set; } = [];
    public List<FollowUpIndicator> Indicators { get; set; } = [];
    public List<ProgressReport> Reports { get; set; } = [];
    /// <summary>The files given as evidence for its reports (at most one per report); loaded only when asked for, as they can be large.</summary>
    public List<EvidenceFile> EvidenceFiles { get; set; } = [];
}
