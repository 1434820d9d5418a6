using Parley.Domain;

namespace Parley.Analyses.Asks;

/// <summary>
/// An ask's generated sentences in a language: English (the analysis' own words) or Vietnamese. Stored text (names,
/// titles, quoted terms) is kept in its own language; only the sentences Parley writes are translated.
/// </summary>
public static class AskWording
{
    public static string Action(Ask a, bool vietnamese) => !vietnamese ? a.Action : a.Kind switch
    {
        AskKind.Invite => $"Đề nghị đưa đại diện {a.Subject} vào phái đoàn",
        AskKind.ClarifyProvision => $"Làm rõ nghĩa của {Quoted(a.Terms)} tại {Of(a.Subject)} bằng văn bản giải thích chính thức hoặc sửa đổi",
        AskKind.ReviewCases when a.Key.StartsWith("cases:area:", StringComparison.Ordinal) =>
            $"Xem xét lại và trả tự do cho {a.Count} người bị giam giữ không rõ tội danh trong lĩnh vực {a.IssueArea}, trả lời bằng văn bản cho từng trường hợp",
        AskKind.ReviewCases => $"Xem xét lại và trả tự do cho {a.Count} người bị giam giữ theo {Of(a.Subject)}, trả lời bằng văn bản cho từng trường hợp",
        AskKind.DeliverCommitment => $"Thực hiện cam kết “{a.Subject}”: nêu cơ quan chịu trách nhiệm, các bước, thời hạn và chỉ số",
        AskKind.ImplementRecommendations => $"Thông qua kế hoạch, có cơ quan chịu trách nhiệm và thời hạn, cho {a.Count} khuyến nghị đã chấp nhận về {a.IssueArea} mà chưa có gì thực hiện",
        _ => a.Action,
    };

    public static string Indicator(Ask a, bool vietnamese) => !vietnamese ? a.Indicator : a.Kind switch
    {
        AskKind.Invite => $"{a.Subject} có tên trong danh sách phái đoàn của vòng tới",
        AskKind.ClarifyProvision => $"Văn bản giải thích hoặc sửa đổi được công bố, định nghĩa {Quoted(a.Terms)}",
        AskKind.ReviewCases => $"Trả lời bằng văn bản cho từng người trong số {a.Count} người; số người được trả tự do hoặc xét xử lại",
        AskKind.DeliverCommitment => $"Cam kết “{a.Subject}” được ghi nhận là đã hoàn thành, kèm bước thực hiện và ngày",
        AskKind.ImplementRecommendations => $"Kế hoạch được công bố, nêu cơ quan và thời hạn cho từng khuyến nghị trong số {a.Count}; số khuyến nghị đã thực hiện",
        _ => a.Indicator,
    };

    public static string Verification(Ask a, bool vietnamese) => !vietnamese ? a.Verification : a.Kind switch
    {
        AskKind.Invite => "Danh sách phái đoàn trao đổi trước vòng họp và thông cáo sau vòng họp",
        AskKind.ClarifyProvision => "Công báo hoặc nghị quyết được công bố của cơ quan lập pháp",
        AskKind.ReviewCases => "Hồ sơ các trường hợp được cập nhật từ các báo cáo có ngày tháng và nguồn (trả tự do, quyết định của tòa án)",
        AskKind.DeliverCommitment => "Nguồn được công bố, có ngày tháng, cho từng bước; kiểm tra tại vòng tới",
        AskKind.ImplementRecommendations => "Báo cáo giữa kỳ UPR của bên liên quan và thông cáo của vòng tới",
        _ => a.Verification,
    };

    public static string Instrument(BindingInstrument instrument, bool vietnamese) => vietnamese
        ? instrument switch
        {
            BindingInstrument.JointStatement => "tuyên bố chung",
            BindingInstrument.Mou => "bản ghi nhớ (MOU)",
            BindingInstrument.Agreement => "hiệp định",
            BindingInstrument.Treaty => "điều ước",
            _ => "không có văn kiện: nêu trong phiên họp kín, trả lời bằng văn bản",
        }
        : instrument switch
        {
            BindingInstrument.JointStatement => "joint statement",
            BindingInstrument.Mou => "memorandum of understanding (MOU)",
            BindingInstrument.Agreement => "agreement",
            BindingInstrument.Treaty => "treaty",
            _ => "no instrument: raised in the closed session, answered in writing",
        };

    public static string Risk(RiskLevel? level, bool vietnamese) => vietnamese
        ? level switch { RiskLevel.High => "cao", RiskLevel.Medium => "trung bình", RiskLevel.Low => "thấp", _ => "chưa rõ" }
        : level switch { RiskLevel.High => "high", RiskLevel.Medium => "medium", RiskLevel.Low => "low", _ => "not known" };

    /// <summary>A piece of evidence as a sentence: the analysis' English one, or the same fact in Vietnamese around the stored text.</summary>
    public static string Evidence(AskEvidence e, bool vietnamese) => !vietnamese ? e.Text : e.Kind switch
    {
        "power on record" => $"{e.Subject} có thẩm quyền về {(e.Detail.Length > 0 ? e.Detail : "mọi lĩnh vực")} nhưng không có mặt trong phái đoàn.",
        "law in force" => $"{e.Subject} đang có hiệu lực{(e.Detail.Length > 0 ? $" (từ năm {e.Detail})" : "")}.",
        "vague term" => $"“{e.Subject}” tại {e.Detail} là từ ngữ mơ hồ.",
        "over-broad term" => $"“{e.Subject}” tại {e.Detail} là từ ngữ quá rộng.",
        "case charged" => $"{e.Subject} bị truy tố theo {e.Detail}.",
        "person held" => $"{e.Subject}: đang bị giam giữ{(e.Detail.Length > 0 ? $", {e.Detail}" : "")}.",
        "accepted recommendation" => $"Khuyến nghị đã chấp nhận nhưng chưa được thực hiện: “{e.Subject}”",
        "advice" => $"Khuyến nghị: “{e.Subject}”",
        _ when e.Kind.StartsWith("commitment", StringComparison.Ordinal) => $"Cam kết “{e.Subject}” chưa hoàn thành{(e.Detail.Length > 0 ? $" (ghi nhận gần nhất {e.Detail})" : "")}.",
        _ => e.Text,
    };

    /// <summary>"Article 117 of the Criminal Code" as "Article 117 của Criminal Code": the stored names kept, the English joint said in Vietnamese.</summary>
    private static string Of(string subject) => subject.Replace(" of the ", " của ", StringComparison.Ordinal);

    private static string Quoted(IReadOnlyList<string> terms) =>
        terms.Count <= 1 ? string.Concat(terms.Select(t => $"“{t}”")) : $"{string.Join(", ", terms.Take(terms.Count - 1).Select(t => $"“{t}”"))} và “{terms[^1]}”";
}
