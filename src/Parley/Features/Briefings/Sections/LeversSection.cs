using Parley.Analyses.Cascade;

namespace Parley.Features.Briefings.Sections;

/// <summary>Section 8: the multilateral levers on each agenda issue area, and what a withdrawal from each would annul.</summary>
public static class LeversSection
{
    public static IEnumerable<BriefingBlock> Build(BriefingContext context)
    {
        var (records, vi) = (context.Input.Records, context.Vi);
        var frameworks = records.Frameworks.ToDictionary(f => f.Key);
        var any = false;
        foreach (var areaId in context.AgendaAreas.OrderBy(id => records.IssueAreas.First(a => a.Id == id).Name, StringComparer.Ordinal))
        {
            var area = records.IssueAreas.First(a => a.Id == areaId);
            var leverage = LeverageAnalysis.Analyze(area, records.Frameworks, records.Commitments, records.IssueAreas, context.Input.Channel.Parties,
                context.Options.Today);
            if (leverage.Levers.Count == 0) continue;
            any = true;
            yield return new BriefingSubheading(area.Name);
            yield return new BriefingList(leverage.Levers.Select(lever =>
            {
                var framework = frameworks[lever.Key];
                var annuls = framework.Members
                    .Select(member => CascadeAnalysis.Analyze(framework, member, null, context.Options.Today, records.Commitments, records.Frameworks, records.IssueAreas))
                    .SelectMany(r => r.Lapsed).Select(l => l.Title).Distinct().ToList();
                var status = vi ? Stage(lever.Stage) : $"{lever.Status}; {lever.Reach}";
                var text = $"{lever.Name} ({status})"
                    + (lever.Note is { Length: > 0 } note ? $": {note}" : "")
                    + (lever.Withdrawals.Count > 0 ? context.Say($" Withdrawals: {string.Join("; ", lever.Withdrawals)}.", $" Đã rút khỏi: {lever.Withdrawals.Count} lần.") : "")
                    + (annuls.Count > 0 ? context.Say($" A withdrawal would annul: {string.Join("; ", annuls)}.", $" Nếu rút khỏi sẽ hủy bỏ: {string.Join("; ", annuls)}.") : "");
                return new BriefingParagraph(text, context.Notes.For(framework.Citations)) { About = BriefingFact.Of("frameworks", framework.Key) };
            }).ToList());
        }
        if (!any) yield return new BriefingParagraph(context.Text.None, []);
    }

    private static string Stage(FrameworkStage stage) => stage switch
    {
        FrameworkStage.InForce => "đang có hiệu lực",
        FrameworkStage.Proposed => "mới đề xuất",
        FrameworkStage.Negotiated => "đang đàm phán",
        FrameworkStage.Signed => "đã ký, chưa có hiệu lực",
        FrameworkStage.Withdrawn => "một bên đã rút khỏi",
        FrameworkStage.NeverInForce => "chưa từng có hiệu lực",
        FrameworkStage.NotYet => "chưa hình thành",
        _ => "chưa có trong hồ sơ",
    };
}
