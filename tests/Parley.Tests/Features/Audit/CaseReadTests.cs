using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Audit;

/// <summary>Who looked at a detained person's record is in the audit trail; reading a party is not.</summary>
public class CaseReadTests
{
    [Fact]
    public async Task Reading_a_case_on_its_page_or_through_the_api_is_recorded_with_the_reader()
    {
        await using var app = await SignedInApp.StartAsync();
        using var browser = await app.SignInAsync(SignedInApp.CaseViewer);
        using var api = app.Client(app.Token("editor"));

        (await browser.GetAsync("/records/cases/hoang-thi-minh-hong")).EnsureSuccessStatusCode();
        (await api.GetAsync("/api/v1/cases/nguyen-van-binh")).EnsureSuccessStatusCode();
        (await api.GetAsync("/api/v1/parties/vn")).EnsureSuccessStatusCode();

        await using var db = app.Store.Open();
        var reads = await db.AuditEntries.Where(a => a.Action == AuditAction.Read).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([("Case", "hoang-thi-minh-hong", SignedInApp.CaseViewer), ("Case", "nguyen-van-binh", "editor")],
            reads.Select(r => (r.Kind, r.RecordKey, r.Actor)));
        Assert.All(reads, r => Assert.Null(r.After));
    }
}
