using Parley.Domain;

namespace Parley.Features.FollowUp;

/// <summary>The fixed wording of a mid-term report, in English and Vietnamese (record content stays as stored).</summary>
public sealed class MidTermText
{
    public required bool Vietnamese { get; init; }
    public required string Title { get; init; }
    public required string Cycle { get; init; }
    public required string Review { get; init; }
    public required string Summary { get; init; }
    public required string ByTheme { get; init; }
    public required string Gaps { get; init; }
    public required string NoTheme { get; init; }
    public required string Received { get; init; }
    public required string Scope { get; init; }
    public required string Rule { get; init; }
    public required string State { get; init; }
    public required string Recommendations { get; init; }
    public required string From { get; init; }
    public required string Response { get; init; }
    public required string Institutions { get; init; }
    public required string Lead { get; init; }
    public required string Supporting { get; init; }
    public required string Action { get; init; }
    public required string Target { get; init; }
    public required string Report { get; init; }
    public required string Evidence { get; init; }
    public required string NotReviewed { get; init; }
    public required string AlsoNoted { get; init; }
    public required string Gap { get; init; }
    public required string NoGaps { get; init; }
    public required string NarrativePlaceholder { get; init; }
    public required string NothingAccepted { get; init; }
    public required string NoAssignment { get; init; }
    public required string NoLead { get; init; }
    public required string NoAction { get; init; }
    public required string NoIndicator { get; init; }
    public required string SilentAction { get; init; }
    public required string NoReviewedReport { get; init; }
    public required string NoEvidence { get; init; }
    /// <summary>The marker of a follow-up made up as an example (the bundled data set's), never left out of a report.</summary>
    public required string Illustration { get; init; }

    public string Label(ImplementationState state) => FollowUpNames.Label(state, Vietnamese);

    public string Label(RecommendationResponse response) => (response, Vietnamese) switch
    {
        (RecommendationResponse.Accepted, false) => "accepted",
        (RecommendationResponse.Noted, false) => "noted",
        (RecommendationResponse.Rejected, false) => "rejected",
        (RecommendationResponse.Pending, false) => "pending",
        (RecommendationResponse.VoluntaryPledge, false) => "voluntary pledge",
        (RecommendationResponse.None, false) => "no response recorded",
        (RecommendationResponse.Accepted, true) => "chấp nhận",
        (RecommendationResponse.Noted, true) => "ghi nhận",
        (RecommendationResponse.Rejected, true) => "bác bỏ",
        (RecommendationResponse.Pending, true) => "đang xem xét",
        (RecommendationResponse.VoluntaryPledge, true) => "cam kết tự nguyện",
        _ => "chưa ghi nhận trả lời",
    };

    public static MidTermText For(bool vietnamese) => vietnamese ? Vi : En;

    public static readonly MidTermText En = new()
    {
        Vietnamese = false,
        Title = "Mid-term report on the implementation of UPR recommendations: {0}",
        Cycle = "UPR cycle {0}",
        Review = "Universal Periodic Review",
        Summary = "Summary",
        ByTheme = "Recommendations by theme",
        Gaps = "Gaps",
        NoTheme = "No theme recorded",
        Received = "{0} received {1} recommendation(s) in cycle {2} of the Universal Periodic Review: {3}.",
        Scope = "This draft reports on the {0} accepted recommendation(s) and voluntary pledge(s), as of {1}, from the follow-up recorded in Parley: the institutions assigned, the actions planned and taken with their dates and evidence, and the state of implementation.",
        Rule = "The state of implementation is derived, not typed: the latest reviewed progress report gives it, and an action past its target date with no report makes it \"no information\".",
        State = "State of implementation",
        Recommendations = "Recommendations",
        From = "from",
        Response = "response",
        Institutions = "Institutions",
        Lead = "lead",
        Supporting = "supporting",
        Action = "Action {0}",
        Target = "target date",
        Report = "Report of {0}",
        Evidence = "evidence",
        NotReviewed = "not yet reviewed",
        AlsoNoted = "Also received in this theme and not accepted: {0} recommendation(s).",
        Gap = "Gap",
        NoGaps = "No gaps found in the follow-up of the accepted recommendations.",
        NarrativePlaceholder = "[Narrative to be written by the drafting team: context, main achievements and challenges since the review.]",
        NothingAccepted = "No accepted recommendation is recorded for this cycle.",
        NoAssignment = "no institution assigned",
        NoLead = "no lead institution",
        NoAction = "no action planned",
        NoIndicator = "no indicator",
        SilentAction = "an action past its target date with no report",
        NoReviewedReport = "no reviewed progress report",
        NoEvidence = "a report without evidence",
        Illustration = "Illustration, not a recorded fact",
    };

    public static readonly MidTermText Vi = new()
    {
        Vietnamese = true,
        Title = "Báo cáo giữa kỳ về việc thực hiện các khuyến nghị UPR: {0}",
        Cycle = "Chu kỳ UPR {0}",
        Review = "Cơ chế Rà soát Định kỳ Phổ quát",
        Summary = "Tóm tắt",
        ByTheme = "Các khuyến nghị theo chủ đề",
        Gaps = "Những khoảng trống",
        NoTheme = "Chưa ghi nhận chủ đề",
        Received = "{0} đã nhận {1} khuyến nghị trong chu kỳ {2} của Cơ chế Rà soát Định kỳ Phổ quát: {3}.",
        Scope = "Bản dự thảo này báo cáo về {0} khuyến nghị đã chấp nhận và cam kết tự nguyện, tính đến ngày {1}, dựa trên việc theo dõi được ghi nhận trong Parley: các cơ quan được giao, các hành động đã lên kế hoạch và đã thực hiện cùng thời hạn và bằng chứng, và tình trạng thực hiện.",
        Rule = "Tình trạng thực hiện được suy ra, không nhập tay: báo cáo tiến độ đã được xem xét gần nhất quyết định tình trạng, và một hành động đã quá hạn mà không có báo cáo nào thì tình trạng là \"không có thông tin\".",
        State = "Tình trạng thực hiện",
        Recommendations = "Số khuyến nghị",
        From = "của",
        Response = "trả lời",
        Institutions = "Cơ quan",
        Lead = "chủ trì",
        Supporting = "phối hợp",
        Action = "Hành động {0}",
        Target = "thời hạn",
        Report = "Báo cáo ngày {0}",
        Evidence = "bằng chứng",
        NotReviewed = "chưa được xem xét",
        AlsoNoted = "Trong chủ đề này còn {0} khuyến nghị đã nhận nhưng không được chấp nhận.",
        Gap = "Khoảng trống",
        NoGaps = "Không thấy khoảng trống nào trong việc theo dõi các khuyến nghị đã chấp nhận.",
        NarrativePlaceholder = "[Phần tường thuật do nhóm soạn thảo viết: bối cảnh, các kết quả chính và thách thức kể từ kỳ rà soát.]",
        NothingAccepted = "Không có khuyến nghị nào được ghi nhận là đã chấp nhận trong chu kỳ này.",
        NoAssignment = "chưa giao cho cơ quan nào",
        NoLead = "chưa có cơ quan chủ trì",
        NoAction = "chưa có hành động nào được lên kế hoạch",
        NoIndicator = "chưa có chỉ số",
        SilentAction = "có hành động quá hạn mà không có báo cáo",
        NoReviewedReport = "chưa có báo cáo tiến độ nào được xem xét",
        NoEvidence = "có báo cáo không kèm bằng chứng",
        Illustration = "Minh họa, không phải sự kiện đã được ghi nhận",
    };
}
