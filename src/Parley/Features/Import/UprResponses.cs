using Parley.Domain;

namespace Parley.Features.Import;

/// <summary>The responses a UPR file may give, as UPR Info and the UN word them, mapped onto Parley's.</summary>
public static class UprResponses
{
    private static readonly Dictionary<string, RecommendationResponse> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        [""] = RecommendationResponse.None,
        ["Accepted"] = RecommendationResponse.Accepted,
        ["Supported"] = RecommendationResponse.Accepted,
        ["Noted"] = RecommendationResponse.Noted,
        ["Rejected"] = RecommendationResponse.Rejected,
        ["Pending"] = RecommendationResponse.Pending,
        ["Voluntary Pledge"] = RecommendationResponse.VoluntaryPledge,
        ["Voluntary Commitment"] = RecommendationResponse.VoluntaryPledge,
    };

    public static string Allowed => string.Join(", ", Words.Keys.Where(k => k.Length > 0)) + " (or blank)";

    public static bool TryParse(string text, out RecommendationResponse response) =>
        Words.TryGetValue(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), out response);
}
