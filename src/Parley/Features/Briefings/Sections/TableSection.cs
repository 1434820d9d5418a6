using System.Globalization;
using Parley.Analyses.Coverage;
using Parley.Domain;

namespace Parley.Features.Briefings.Sections;

/// <summary>
/// Section 3: the decision-chain coverage of the planned delegation for the agenda, and whom to invite. Each row's
/// footnotes are the citations of the powers it states (the passage that says who can do what), not the holder's
/// general sources.
/// </summary>
public static class TableSection
{
    public static IEnumerable<BriefingBlock> Build(BriefingContext context)
    {
        var (input, vi) = (context.Input, context.Vi);
        if (input.Round is not { } round || round.Agenda.Count == 0)
        {
            yield return new BriefingParagraph(context.Say(
                "No round with an agenda is on record for this channel; add a planned round with its delegation and agenda to see who must be at the table.",
                "Chưa có vòng nào có chương trình nghị sự cho kênh này; hãy thêm vòng dự kiến cùng phái đoàn và chương trình nghị sự để biết ai cần có mặt."), []);
            yield break;
        }
        var records = input.Records;
        var coverage = CoverageAnalysis.Analyze(records.Institutions, records.IssueAreas, input.Channel.Parties,
            round.Delegates.Select(d => d.InstitutionId).ToHashSet(), round.Agenda.Select(a => a.IssueAreaId).ToList());
        var byKey = records.Institutions.ToDictionary(i => i.Key);
        var areas = records.IssueAreas.ToDictionary(a => a.Key);
        IEnumerable<Citation> PowerCitations(string institution, Power power, string areaKey) =>
            byKey.TryGetValue(institution, out var i) && areas.TryGetValue(areaKey, out var area)
                ? i.Powers.Where(p => p.Power == power && p.Source is not null && (p.IssueAreaId is null || context.Tree.Covers(p.IssueAreaId, area.Id)))
                    .Select(p => new Citation { Source = p.Source!, SourceId = p.Source!.Id, Locator = p.Locator })
                : [];

        yield return new BriefingParagraph(coverage.Coverage is { } share
            ? context.Say(
                $"The delegation covers {coverage.Covered} of the {coverage.Known} links of the decision chain that the record knows for this agenda ({(share * 100).ToString("0", CultureInfo.InvariantCulture)}%).",
                $"Phái đoàn bao quát {coverage.Covered} trong {coverage.Known} mắt xích của chuỗi quyết định mà hồ sơ biết cho chương trình nghị sự này ({(share * 100).ToString("0", CultureInfo.InvariantCulture)}%).")
            : context.Say("The record holds no decision powers for this agenda's issue areas, so coverage cannot be judged.",
                "Hồ sơ không có thẩm quyền quyết định nào cho các lĩnh vực của chương trình nghị sự này, nên chưa thể đánh giá mức bao quát."), []);
        yield return new BriefingTable(
            [context.Label("Agenda"), context.Say("Link", "Mắt xích"), context.Label("Status"), context.Say("Who holds it", "Cơ quan nắm thẩm quyền"), context.Say("At the table", "Có mặt tại bàn")],
            coverage.Items.SelectMany(item => item.Links.Select(link => new BriefingRow(
                [
                    item.IssueArea,
                    $"{link.Party}: {BriefingWords.Of(link.Power, vi)}",
                    link.State switch
                    {
                        LinkState.Covered => context.Say("covered", "đã có"),
                        LinkState.Missing => context.Say("MISSING", "THIẾU"),
                        _ => context.Say("no holder on record", "hồ sơ chưa ghi cơ quan nào"),
                    },
                    link.Holders.Count == 0 ? "—" : string.Join(", ", link.Holders.Select(h => h.Name)),
                    link.AtTable.Count == 0 ? "—" : string.Join(", ", link.AtTable.Select(h => h.Name)),
                ],
                context.Notes.For(link.Holders.SelectMany(h => PowerCitations(h.Key, link.Power, item.IssueAreaKey))))
            {
                About = link.Holders.Count == 1 ? BriefingFact.Of("powers", link.Holders[0].Key) : null,
            })).ToList());
        if (coverage.ToInvite.Count == 0) yield break;
        yield return new BriefingSubheading(context.Say("Invite", "Cần mời"));
        yield return new BriefingList(coverage.ToInvite.Select(i =>
        {
            var missing = coverage.Items.SelectMany(item => item.Links.Where(l => l.State == LinkState.Missing && l.Holders.Any(h => h.Key == i.Key))
                .Select(l => (item.IssueAreaKey, item.IssueArea, l.Power))).ToList();
            var closes = string.Join("; ", missing.GroupBy(m => m.Power).Select(g =>
                context.Say($"{BriefingWords.Of(g.Key, vi)} on {string.Join(", ", g.Select(m => m.IssueArea))}",
                    $"{BriefingWords.Of(g.Key, vi)} về {string.Join(", ", g.Select(m => m.IssueArea))}")));
            return new BriefingParagraph($"{i.Name}: {context.Say("closes", "lấp chỗ thiếu")} {closes}.",
                context.Notes.For(missing.SelectMany(m => PowerCitations(i.Key, m.Power, m.IssueAreaKey)))) { About = BriefingFact.Of("powers", i.Key) };
        }).ToList());
    }
}
