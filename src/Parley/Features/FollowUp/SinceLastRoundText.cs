namespace Parley.Features.FollowUp;

/// <summary>The fixed wording of a "since the last round" report, in English and Vietnamese (record content stays as stored).</summary>
public sealed class SinceLastRoundText
{
    public required string Title { get; init; }
    public required string Subtitle { get; init; }
    public required string NoRound { get; init; }
    public required string Scope { get; init; }
    public required string Unchanged { get; init; }
    public required string AtLastRound { get; init; }
    public required string Now { get; init; }
    public required string Commitment { get; init; }
    public required string Recommendation { get; init; }
    public required string StateChange { get; init; }
    public required string NewReports { get; init; }
    public required string NothingFollowed { get; init; }
    public required string Placeholder { get; init; }

    public static SinceLastRoundText For(bool vietnamese) => vietnamese ? Vi : En;

    public static readonly SinceLastRoundText En = new()
    {
        Title = "{0}: follow-up since the last round",
        Subtitle = "Since {0} ({1})",
        NoRound = "No round of this channel is recorded as held yet: the report shows the follow-up as it stands.",
        Scope = "This draft reports on the {0} commitment(s) and {1} recommendation(s) of this channel, as of {2}, from the follow-up recorded in Parley. {3} report(s) were made since the last round.",
        Unchanged = "unchanged",
        AtLastRound = "At the last round",
        Now = "Now",
        Commitment = "Commitment",
        Recommendation = "Recommendation",
        StateChange = "State at the last round: {0}; now: {1}",
        NewReports = "{0} report(s) since the last round",
        NothingFollowed = "No commitment or recommendation of this channel is recorded.",
        Placeholder = "[Narrative to be written by the drafting team: what moved since the last round, what did not, and what to raise at the next one.]",
    };

    public static readonly SinceLastRoundText Vi = new()
    {
        Title = "{0}: việc theo dõi kể từ phiên đối thoại gần nhất",
        Subtitle = "Kể từ {0} ({1})",
        NoRound = "Chưa có phiên nào của kênh này được ghi nhận là đã diễn ra: báo cáo trình bày việc theo dõi như hiện nay.",
        Scope = "Bản dự thảo này báo cáo về {0} cam kết và {1} khuyến nghị của kênh này, tính đến ngày {2}, dựa trên việc theo dõi được ghi nhận trong Parley. Đã có {3} báo cáo kể từ phiên gần nhất.",
        Unchanged = "không đổi",
        AtLastRound = "Tại phiên gần nhất",
        Now = "Hiện nay",
        Commitment = "Cam kết",
        Recommendation = "Khuyến nghị",
        StateChange = "Tình trạng tại phiên gần nhất: {0}; hiện nay: {1}",
        NewReports = "{0} báo cáo kể từ phiên gần nhất",
        NothingFollowed = "Không có cam kết hay khuyến nghị nào của kênh này được ghi nhận.",
        Placeholder = "[Phần tường thuật do nhóm soạn thảo viết: những gì đã chuyển biến kể từ phiên gần nhất, những gì chưa, và những gì cần nêu ở phiên tới.]",
    };
}
