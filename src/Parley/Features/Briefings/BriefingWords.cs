using Parley.Analyses.Enforceability;
using Parley.Domain;

namespace Parley.Features.Briefings;

/// <summary>The words a briefing uses for closed sets (statuses, criteria, roles, events) in each of its languages.</summary>
public static class BriefingWords
{
    public static string Of(CommitmentStatus status, bool vi) => (status, vi) switch
    {
        (CommitmentStatus.Proposed, true) => "đề xuất",
        (CommitmentStatus.Open, true) => "chưa thực hiện",
        (CommitmentStatus.InProgress, true) => "đang thực hiện",
        (CommitmentStatus.Fulfilled, true) => "đã hoàn thành",
        (CommitmentStatus.Stalled, true) => "đình trệ",
        (CommitmentStatus.Lapsed, true) => "mất hiệu lực",
        (CommitmentStatus.Withdrawn, true) => "đã rút lại",
        _ => English(status),
    };

    public static string Of(Criterion criterion, bool vi) => (criterion, vi) switch
    {
        (Criterion.Owner, true) => "cơ quan chịu trách nhiệm",
        (Criterion.Steps, true) => "các bước",
        (Criterion.Deadline, true) => "thời hạn",
        (Criterion.Indicator, true) => "chỉ số",
        (Criterion.Verification, true) => "cơ chế kiểm chứng",
        (Criterion.BindingInstrument, true) => "văn kiện ràng buộc",
        _ => English(criterion),
    };

    public static string Of(BindingInstrument instrument, bool vi) => (instrument, vi) switch
    {
        (BindingInstrument.None, true) => "không có văn kiện",
        (BindingInstrument.JointStatement, true) => "tuyên bố chung",
        (BindingInstrument.Mou, true) => "bản ghi nhớ",
        (BindingInstrument.Agreement, true) => "hiệp định",
        (BindingInstrument.Treaty, true) => "điều ước",
        (BindingInstrument.None, false) => "no instrument",
        (BindingInstrument.Mou, false) => "MOU",
        _ => English(instrument),
    };

    public static string Of(ImplementationState state, bool vi) => (state, vi) switch
    {
        (ImplementationState.NoInformation, true) => "chưa có thông tin trong hồ sơ",
        (ImplementationState.NotStarted, true) => "chưa bắt đầu",
        (ImplementationState.InProgress, true) => "đang thực hiện",
        (ImplementationState.PartiallyImplemented, true) => "thực hiện một phần",
        (ImplementationState.Implemented, true) => "đã thực hiện",
        (ImplementationState.Regressed, true) => "thụt lùi",
        (ImplementationState.NoInformation, false) => "no information on record",
        _ => English(state),
    };

    public static string Of(CaseStatus status, bool vi) => (status, vi) switch
    {
        (CaseStatus.Detained, true) => "bị tạm giam",
        (CaseStatus.Charged, true) => "bị truy tố",
        (CaseStatus.Sentenced, true) => "đã bị kết án",
        (CaseStatus.Released, true) => "đã được trả tự do",
        (CaseStatus.Acquitted, true) => "được tuyên vô tội",
        (CaseStatus.Tried, true) => "đã bị xét xử",
        (_, true) => "chưa rõ",
        _ => English(status),
    };

    public static string Of(CaseEventKind kind, bool vi) => (kind, vi) switch
    {
        (CaseEventKind.Arrest, true) => "bị bắt",
        (CaseEventKind.Charge, true) => "bị truy tố",
        (CaseEventKind.Trial, true) => "xét xử",
        (CaseEventKind.Sentence, true) => "tuyên án",
        (CaseEventKind.Appeal, true) => "phúc thẩm",
        (CaseEventKind.Release, true) => "trả tự do",
        (CaseEventKind.Raised, true) => "được nêu",
        (_, true) => "sự kiện khác",
        _ => English(kind),
    };

    public static string Of(DelegateRole role, bool vi) => (role, vi) switch
    {
        (DelegateRole.Head, true) => "trưởng đoàn",
        (DelegateRole.Member, true) => "thành viên",
        (_, true) => "quan sát viên",
        _ => English(role),
    };

    public static string Of(Power power, bool vi) => (power, vi) switch
    {
        (Power.Negotiate, true) => "đàm phán",
        (Power.Propose, true) => "đề xuất",
        (Power.Approve, true) => "thông qua",
        (Power.Endorse, true) => "tán thành",
        (Power.Execute, true) => "thực thi",
        _ => English(power),
    };

    public static string Of(RiskLevel level, bool vi) => Parley.Analyses.Asks.AskWording.Risk(level, vi);

    private static string English<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()).Replace('-', ' ');
}
