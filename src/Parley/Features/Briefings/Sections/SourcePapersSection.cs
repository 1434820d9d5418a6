using Parley.Domain;
using Parley.Features.FollowUp;

namespace Parley.Features.Briefings.Sections;

/// <summary>
/// Part of section 4: the recommendations that the source papers (policy analyses, not a party) make to the channel's
/// parties, grouped by the paper that makes them (named by title and publisher), each with its implementation status:
/// derived from its follow-up's reviewed reports (<see cref="ImplementationRule"/>), else from the commitments that
/// implement it, else "no information on record". Every one is listed.
/// </summary>
public static class SourcePapersSection
{
    public static IEnumerable<BriefingBlock> Build(BriefingContext context)
    {
        var records = context.Input.Records;
        var parties = context.Input.Channel.Parties.Select(p => p.Id).ToHashSet();
        var advice = records.Recommendations
            .Where(r => r.FromPartyId is null && r.ToPartyId is { } to && parties.Contains(to) && r.Response != RecommendationResponse.Accepted && r.Citations.Count > 0)
            .ToList();
        if (advice.Count == 0) yield break;
        yield return new BriefingSubheading(context.Say("What the source papers recommend, and where it stands", "Khuyến nghị của các tài liệu nguồn và tình trạng thực hiện"));
        var sources = records.Sources.ToDictionary(s => s.Id);
        foreach (var paper in advice.GroupBy(r => r.Citations.OrderBy(c => c.SourceId).First().SourceId).OrderBy(g => sources[g.Key].Title, StringComparer.Ordinal))
        {
            var source = sources[paper.Key];
            var named = $"{source.Title} ({source.Publisher}{(source.Published is { } published ? $", {published}" : "")})";
            yield return new BriefingParagraph(context.Say($"{named} recommends:", $"{named} khuyến nghị:"), []);
            yield return new BriefingList(paper.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new BriefingParagraph(
                $"“{r.Text}” {context.Say("Status", "Tình trạng")}: {Status(context, r)}.",
                context.Notes.For(r.Citations)) { About = BriefingFact.Of("recommendations", r.Key) }).ToList());
        }
    }

    private static string Status(BriefingContext context, Recommendation r)
    {
        var records = context.Input.Records;
        var followed = records.FollowUps.Where(a => a.RecommendationId == r.Id).ToList();
        var state = followed.Count > 0 ? ImplementationRule.Derive(followed, context.Options.Today) : ImplementationState.NoInformation;
        if (state != ImplementationState.NoInformation) return BriefingWords.Of(state, context.Vi);
        var commitments = records.Commitments.Where(c => c.RecommendationId == r.Id).ToList();
        if (commitments.Count == 0) return BriefingWords.Of(ImplementationState.NoInformation, context.Vi);
        return string.Join("; ", commitments.Select(c => $"{context.Say("commitment", "cam kết")} “{c.Title}”: "
            + (CommitmentCurrentStatus.Of(c) is { } s ? BriefingWords.Of(s, context.Vi) : context.Text.Unknown)));
    }
}
