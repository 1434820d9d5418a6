namespace Parley.Analyses.Asks;

/// <summary>What an ask is about, which decides its wording, who can do it and how it is verified.</summary>
public enum AskKind
{
    /// <summary>Bring an institution that decides on the agenda to the table.</summary>
    Invite,
    /// <summary>Clarify vague wording in a provision in force.</summary>
    ClarifyProvision,
    /// <summary>Review the cases of people held under a provision or in an area.</summary>
    ReviewCases,
    /// <summary>Complete, or make concrete, a commitment that is overdue, stalled or has no deadline.</summary>
    DeliverCommitment,
    /// <summary>Put accepted recommendations that nothing has implemented into a plan.</summary>
    ImplementRecommendations,
}
