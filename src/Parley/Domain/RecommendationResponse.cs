namespace Parley.Domain;

/// <summary>How the addressee answered a recommendation (UPR wording where it applies).</summary>
public enum RecommendationResponse
{
    None,
    Accepted,
    Noted,
    Rejected,
    Pending,
    VoluntaryPledge,
}
