using System.Net;
using Microsoft.EntityFrameworkCore;
using Parley.Tests.Support;

namespace Parley.Tests.Features.FollowUp;

/// <summary>
/// Every follow-up page and the charts in Vietnamese: for each, a phrase the English page shows is gone and its
/// Vietnamese is there (the forms an editor fills in, the due list's words, the frequencies, the charts' titles), and
/// the drafted reports follow the reader's language unless another is chosen.
/// </summary>
public class FollowUpVietnameseTests
{
    [Fact]
    public async Task The_follow_up_pages_forms_and_chart_titles_are_in_Vietnamese()
    {
        await using var app = await SignedInApp.StartAsync();
        string example;
        await using (var db = app.Store.Open())
            example = await db.FollowUpAssignments.Where(a => a.Illustration && a.Indicators.Any()).Select(a => a.Key).FirstAsync();
        using var english = await app.SignInAsync("editor");
        using var vietnamese = await app.SignInAsync("editor");
        vietnamese.DefaultRequestHeaders.AcceptLanguage.ParseAdd("vi");

        var pages = new (string Path, string English, string Vietnamese)[]
        {
            ("/follow-up", "overdue by", "quá hạn"),
            ("/follow-up/assign", "Assign a follow-up", "Giao việc theo dõi"),
            ("/follow-up/assign", "What is followed (one of)", "Nội dung được theo dõi (chọn một)"),
            ($"/follow-up/assignments/{example}", "Record a progress report", "Ghi nhận báo cáo tiến độ"),
            ($"/follow-up/assignments/{example}", "Plan an action", "Lên kế hoạch một hành động"),
            ($"/follow-up/assignments/{example}", "Evidence: a file (at most", "Bằng chứng: một tệp (tối đa"),
            ($"/follow-up/assignments/{example}", ">yearly<", ">hằng năm<"),
            ("/follow-up/notifications", "What you are told", "Những gì bạn được thông báo"),
            ("/follow-up/notifications", "Make my calendar address", "Tạo địa chỉ lịch của tôi"),
            ("/follow-up/mid-term?party=vn&cycle=1", "Write the narrative paragraphs", "Viết các đoạn tường thuật"),
            ("/follow-up/mid-term?party=vn&cycle=1", "Mid-term report on the implementation of UPR recommendations", "Báo cáo giữa kỳ về việc thực hiện các khuyến nghị UPR"),
            ("/follow-up/since-last-round?channel=human-rights", "Choose a channel", "Chọn một kênh"),
            ("/follow-up/narrative?report=mid-term&party=vn&cycle=1", "Save the narrative", "Lưu phần tường thuật"),
            ("/follow-up/progress", "Implementation by issue area", "Tình hình thực hiện theo lĩnh vực"),
            ("/charts", "Recommendations by issue area and response", "Khuyến nghị theo lĩnh vực và phản hồi"),
            ("/charts", "Commitments by status at the end of each year", "Cam kết theo tình trạng vào cuối mỗi năm"),
        };
        foreach (var (path, en, vi) in pages)
        {
            var before = WebUtility.HtmlDecode(await english.GetStringAsync(path));
            Assert.True(before.Contains(en, StringComparison.Ordinal), $"{path} in English lacks '{en}'");
            var after = WebUtility.HtmlDecode(await vietnamese.GetStringAsync(path));
            Assert.False(after.Contains(en, StringComparison.Ordinal), $"{path} in Vietnamese still says '{en}'");
            Assert.True(after.Contains(vi, StringComparison.Ordinal), $"{path} in Vietnamese lacks '{vi}'");
        }
        // A report's language chosen on the page wins over the reader's.
        Assert.Contains("Mid-term report on the implementation of UPR recommendations",
            WebUtility.HtmlDecode(await vietnamese.GetStringAsync("/follow-up/mid-term?party=vn&cycle=1&lang=en")));
    }
}
