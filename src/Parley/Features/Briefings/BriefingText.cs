namespace Parley.Features.Briefings;

/// <summary>The fixed words of a briefing in each language: headings, labels, notices.</summary>
public sealed record BriefingText
{
    public required string Briefing { get; init; }
    public required string Round { get; init; }
    public required string PreparedOn { get; init; }
    public required string Sensitive { get; init; }
    public required string SensitiveNotice { get; init; }
    public required string RedactedNotice { get; init; }
    public required string Contents { get; init; }
    public required string Page { get; init; }
    public required string None { get; init; }
    public required string Unknown { get; init; }
    public required IReadOnlyDictionary<BriefingSectionId, string> Headings { get; init; }
    public required IReadOnlyDictionary<string, string> Labels { get; init; }

    public string Label(string key) => Labels.TryGetValue(key, out var text) ? text : key;

    public static BriefingText For(BriefingLanguage language) => language == BriefingLanguage.Vi ? Vietnamese : English;

    public static readonly BriefingText English = new()
    {
        Briefing = "Briefing",
        Round = "Round",
        PreparedOn = "Prepared on",
        Sensitive = "SENSITIVE",
        SensitiveNotice = "Contains the names of detained people. Handle accordingly; do not forward.",
        RedactedNotice = "Case names and identifying details are withheld in this edition.",
        Contents = "Contents",
        Page = "Page {0} of {1}",
        None = "None recorded.",
        Unknown = "not recorded",
        Headings = new Dictionary<BriefingSectionId, string>
        {
            [BriefingSectionId.Asks] = "What to ask for in this round",
            [BriefingSectionId.Channel] = "The channel: scope and history",
            [BriefingSectionId.Table] = "Who should be at the table",
            [BriefingSectionId.Commitments] = "What was promised, and where it stands",
            [BriefingSectionId.Cases] = "Cases to raise",
            [BriefingSectionId.Provisions] = "Legal provisions to discuss",
            [BriefingSectionId.Cooperation] = "Where cooperation is low-risk, and where to take care",
            [BriefingSectionId.Levers] = "Multilateral levers",
            [BriefingSectionId.Wording] = "Wording guidance",
            [BriefingSectionId.Sources] = "Sources",
        },
        Labels = new Dictionary<string, string>(),
    };

    public static readonly BriefingText Vietnamese = new()
    {
        Briefing = "Tài liệu chuẩn bị",
        Round = "Vòng",
        PreparedOn = "Lập ngày",
        Sensitive = "NHẠY CẢM",
        SensitiveNotice = "Có tên của những người bị giam giữ. Xử lý thận trọng; không chuyển tiếp.",
        RedactedNotice = "Bản này không nêu tên và chi tiết nhận dạng của các trường hợp.",
        Contents = "Mục lục",
        Page = "Trang {0} / {1}",
        None = "Chưa có ghi nhận.",
        Unknown = "chưa ghi nhận",
        Headings = new Dictionary<BriefingSectionId, string>
        {
            [BriefingSectionId.Asks] = "Những đề nghị cần nêu tại vòng này",
            [BriefingSectionId.Channel] = "Kênh đối thoại: phạm vi và lịch sử",
            [BriefingSectionId.Table] = "Ai cần có mặt tại bàn đối thoại",
            [BriefingSectionId.Commitments] = "Những gì đã cam kết và tình trạng thực hiện",
            [BriefingSectionId.Cases] = "Các trường hợp cần nêu",
            [BriefingSectionId.Provisions] = "Các điều khoản pháp luật cần thảo luận",
            [BriefingSectionId.Cooperation] = "Lĩnh vực hợp tác ít rủi ro và lĩnh vực cần thận trọng",
            [BriefingSectionId.Levers] = "Đòn bẩy đa phương",
            [BriefingSectionId.Wording] = "Hướng dẫn ngôn từ",
            [BriefingSectionId.Sources] = "Nguồn",
        },
        Labels = new Dictionary<string, string>
        {
            ["Scope"] = "Phạm vi",
            ["Since"] = "Từ năm",
            ["Parties"] = "Các bên",
            ["Rounds so far"] = "Số vòng đã họp",
            ["Last round"] = "Vòng gần nhất",
            ["Next round"] = "Vòng tới",
            ["Outcomes"] = "Kết quả",
            ["Agenda"] = "Chương trình nghị sự",
            ["Delegation"] = "Phái đoàn",
            ["Person"] = "Người",
            ["Role"] = "Vai trò",
            ["Status"] = "Tình trạng",
            ["Charges"] = "Tội danh",
            ["Events"] = "Diễn biến",
            ["Raised in"] = "Đã nêu tại",
            ["Provision"] = "Điều khoản",
            ["Vague terms"] = "Từ ngữ mơ hồ",
            ["Cases charged"] = "Số trường hợp bị truy tố",
            ["Technical assistance on offer"] = "Hỗ trợ kỹ thuật sẵn có",
            ["Reassurance"] = "Lời trấn an",
            ["Terms to avoid"] = "Từ ngữ nên tránh",
            ["Shared goals"] = "Mục tiêu chung",
            ["Raising cases"] = "Cách nêu các trường hợp",
            ["Draft statements"] = "Dự thảo tuyên bố",
            ["Instead"] = "Thay bằng",
            ["Commitment"] = "Cam kết",
            ["Owner"] = "Cơ quan chịu trách nhiệm",
            ["Deadline"] = "Thời hạn",
            ["Lacks"] = "Còn thiếu",
            ["Framework"] = "Khuôn khổ",
            ["Issue area"] = "Lĩnh vực",
            ["Ask"] = "Đề nghị với",
            ["at the table"] = "có mặt tại bàn đối thoại",
            ["not at the table"] = "không có mặt tại bàn đối thoại",
            ["also"] = "cần cả",
            ["By"] = "Thời hạn",
            ["next round"] = "trước vòng tới",
            ["Indicator"] = "Chỉ số",
            ["Verified by"] = "Kiểm chứng qua",
            ["Instrument"] = "Văn kiện ràng buộc",
            ["Lever"] = "Đòn bẩy",
            ["in force"] = "đang có hiệu lực",
            ["pending"] = "đang chờ",
            ["none in force or pending"] = "không có đòn bẩy đang có hiệu lực hay đang chờ",
            ["Risk"] = "Rủi ro",
            ["Score"] = "Điểm",
            ["evidence"] = "bằng chứng",
            ["leverage"] = "đòn bẩy",
            ["low risk"] = "rủi ro thấp",
            ["feasibility"] = "khả thi",
        },
    };
}
