using System.Text.RegularExpressions;
using Parley.Domain;
using Parley.Web.Localization;

namespace Parley.Features.FollowUp;

/// <summary>
/// The words the command line, the API and the pages use for states and frequencies ("partially-implemented",
/// "half-yearly"), and the labels people read, in English and Vietnamese.
/// </summary>
public static partial class FollowUpNames
{
    public static string Name<T>(T value) where T : struct, Enum => Kebab().Replace(value.ToString(), "$1-$2").ToLowerInvariant();

    public static IEnumerable<string> Names<T>() where T : struct, Enum => Enum.GetValues<T>().Select(Name);

    /// <summary>The member named <paramref name="text"/> (any case, hyphens or not); a clear error naming <paramref name="field"/> otherwise.</summary>
    public static T Parse<T>(string? text, string field) where T : struct, Enum
    {
        var wanted = (text ?? "").Trim().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        foreach (var value in Enum.GetValues<T>())
            if (string.Equals(value.ToString(), wanted, StringComparison.OrdinalIgnoreCase)) return value;
        throw new UserError(new Message("FollowUpErr.NotOneOf", field, text, string.Join(", ", Names<T>())));
    }

    public static string Label(ImplementationState state, bool vietnamese = false) => (state, vietnamese) switch
    {
        (ImplementationState.NoInformation, false) => "no information",
        (ImplementationState.NotStarted, false) => "not started",
        (ImplementationState.InProgress, false) => "in progress",
        (ImplementationState.PartiallyImplemented, false) => "partially implemented",
        (ImplementationState.Implemented, false) => "implemented",
        (ImplementationState.Regressed, false) => "regressed",
        (ImplementationState.NoInformation, true) => "không có thông tin",
        (ImplementationState.NotStarted, true) => "chưa bắt đầu",
        (ImplementationState.InProgress, true) => "đang thực hiện",
        (ImplementationState.PartiallyImplemented, true) => "thực hiện một phần",
        (ImplementationState.Implemented, true) => "đã thực hiện",
        _ => "thụt lùi",
    };

    public static string Label(ReportingFrequency frequency, bool vietnamese = false) => (frequency, vietnamese) switch
    {
        (ReportingFrequency.Monthly, false) => "monthly",
        (ReportingFrequency.Quarterly, false) => "quarterly",
        (ReportingFrequency.HalfYearly, false) => "every six months",
        (_, false) => "yearly",
        (ReportingFrequency.Monthly, true) => "hằng tháng",
        (ReportingFrequency.Quarterly, true) => "hằng quý",
        (ReportingFrequency.HalfYearly, true) => "sáu tháng một lần",
        _ => "hằng năm",
    };

    /// <summary>What is due, and when, as the due list says it: "overdue by 3 day(s)", "quá hạn 3 ngày".</summary>
    public static string Describe(DueItem item, bool vietnamese = false) => (item.Status, vietnamese) switch
    {
        (DueStatus.Overdue, false) => $"overdue by {-item.DaysLeft} day(s)",
        (DueStatus.NotReported, false) => $"no report for {-item.DaysLeft} day(s) past its period",
        (_, false) => item.DaysLeft == 0 ? "due today" : $"due in {item.DaysLeft} day(s)",
        (DueStatus.Overdue, true) => $"quá hạn {-item.DaysLeft} ngày",
        (DueStatus.NotReported, true) => $"chưa có báo cáo, đã quá kỳ báo cáo {-item.DaysLeft} ngày",
        _ => item.DaysLeft == 0 ? "đến hạn hôm nay" : $"đến hạn trong {item.DaysLeft} ngày",
    };

    /// <summary>"action" or "indicator", as the due list names what is due.</summary>
    public static string Item(string item, bool vietnamese) => !vietnamese ? item : item switch
    {
        "action" => "hành động",
        "indicator" => "chỉ số",
        _ => item,
    };

    /// <summary>How many months one reporting period lasts.</summary>
    public static int Months(ReportingFrequency frequency) => frequency switch
    {
        ReportingFrequency.Monthly => 1,
        ReportingFrequency.Quarterly => 3,
        ReportingFrequency.HalfYearly => 6,
        _ => 12,
    };

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex Kebab();
}
