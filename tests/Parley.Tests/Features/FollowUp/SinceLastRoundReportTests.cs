using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Briefings;
using Parley.Features.FollowUp;
using Parley.Tests.Support;
using static Parley.Tests.Features.FollowUp.FollowUpExamples;

namespace Parley.Tests.Features.FollowUp;

/// <summary>
/// The "since the last round" report of a channel on hand-built records (state then and now, reports since, narrative
/// in its places), and through the app: an editor writes the narrative of both reports, audited; the command line
/// exports it; a viewer cannot write it.
/// </summary>
public class SinceLastRoundReportTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);
    private static readonly IssueArea Labour = new() { Id = 11, Key = "labour", Name = "Labour rights" };

    private static SinceLastRoundReport.Input Input()
    {
        var channel = new Channel { Id = 1, Key = "labor", Name = "Labor Dialogue" };
        var round = new Round { Id = 1, Key = "labor-16", Title = "16th Labor Dialogue", Channel = channel, ChannelId = 1, Status = RoundStatus.Held, Date = PartialDate.Parse("2026-02-10") };
        var moved = new Commitment { Id = 1, Key = "labour-code", Title = "Amend the Labour Code", IssueAreas = [Labour], ChannelId = 1 };
        var unfollowed = new Commitment { Id = 2, Key = "ilo-87", Title = "Ratify ILO Convention 87", ChannelId = 1 };
        var assignment = Assignment("follow-up-labour-code");
        assignment.CommitmentId = moved.Id;
        assignment.Reports = [Report(1, new DateOnly(2026, 1, 5), ImplementationState.InProgress), Report(2, new DateOnly(2026, 4, 1), ImplementationState.Implemented)];
        return new SinceLastRoundReport.Input(channel, round, [moved, unfollowed], [], [assignment], Today);
    }

    private static string Markdown(Briefing b) => Encoding.UTF8.GetString(BriefingDocument.Render(b, BriefingFormat.Md, "x").Content);

    [Fact]
    public void The_report_shows_each_commitment_then_and_now_and_the_reports_since_the_round()
    {
        var md = Markdown(SinceLastRoundReport.Build(Input(), vietnamese: false));
        Assert.Contains("Labor Dialogue: follow-up since the last round", md);
        Assert.Contains("Since 16th Labor Dialogue (2026-02-10)", md);
        Assert.Contains("State at the last round: in progress; now: implemented", md);
        Assert.Contains("1 report(s) since the last round", md);
        Assert.Contains("Commitment ilo-87: Ratify ILO Convention 87", md);
        Assert.Contains("no institution assigned", md);
        Assert.Contains("[Narrative to be written by the drafting team", md);
        // The summary table: one implemented now, none then; one partially then.
        Assert.Matches(@"\| implemented \| 0 \| 1 \|", md);
        Assert.Matches(@"\| partially \| 1 \| 0 \|", md);
    }

    [Fact]
    public void What_editors_wrote_replaces_the_placeholder_and_follows_its_theme_heading_in_both_languages()
    {
        var narratives = new Dictionary<string, string>
        {
            [Narratives.Introduction] = "The Labour Code moved.\n\nThe convention did not.",
            [Narratives.Theme("Labour rights")] = "Unions were consulted.",
            [Narratives.Conclusion] = "Raise ILO 87 at the next round.",
        };
        var md = Markdown(SinceLastRoundReport.Build(Input(), vietnamese: false, narratives));
        Assert.DoesNotContain("[Narrative to be written", md);
        Assert.True(md.IndexOf("The Labour Code moved.", StringComparison.Ordinal) < md.IndexOf("The convention did not.", StringComparison.Ordinal));
        var heading = md.IndexOf("Labour rights (1)", StringComparison.Ordinal);
        Assert.True(heading > 0 && md.IndexOf("Unions were consulted.", StringComparison.Ordinal) > heading);
        Assert.True(md.IndexOf("Raise ILO 87 at the next round.", StringComparison.Ordinal) > md.IndexOf("no institution assigned", StringComparison.Ordinal));

        var vi = Markdown(SinceLastRoundReport.Build(Input(), vietnamese: true));
        Assert.Contains("việc theo dõi kể từ phiên đối thoại gần nhất", vi);
        Assert.Contains("Tình trạng tại phiên gần nhất: đang thực hiện; hiện nay: đã thực hiện", vi);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task An_editor_writes_the_narrative_of_both_reports_and_the_exports_carry_it(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        await using (var db = app.Store.Open())
        {
            // The bundled commitments name no channel: give one to the labour dialogue for this report.
            var commitment = await db.Commitments.SingleAsync(c => c.Key == "evfta-labor-code-2019");
            commitment.ChannelId = (await db.Channels.SingleAsync(c => c.Key == "labor")).Id;
            await db.SaveChangesAsync();
        }
        using var editorApi = app.Client(app.Token("editor"));
        var key = await FollowUpAccessTests.AssignAsync(editorApi, "evfta-labor-code-2019", "vn-molisa");
        Assert.Equal(HttpStatusCode.OK, (await editorApi.PostAsJsonAsync($"/api/v1/follow-up/assignments/{key}/reports",
            new { date = Today.ToString("yyyy-MM-dd"), text = "Decree adopted", state = "implemented", reviewed = true })).StatusCode);

        using var editor = await app.SignInAsync("editor");
        var page = await editor.GetStringAsync("/follow-up/since-last-round?channel=labor");
        Assert.Contains("Commitment evfta-labor-code-2019", page);
        Assert.Contains("/follow-up/narrative?report=since-last-round&amp;channel=labor&amp;lang=en", page);
        var form = "/follow-up/narrative?report=since-last-round&channel=labor&lang=en";
        var saved = await SignedInApp.PostFormAsync(editor, form, new()
        {
            [NarrativeModel.Field(Narratives.Introduction)] = "Viet Nam adopted the decree the dialogue asked for.",
            [NarrativeModel.Field(Narratives.Conclusion)] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/follow-up/since-last-round?channel=labor&lang=en", saved.Headers.Location!.OriginalString);

        var md = await Cli.OkAsync("report", "since-last-round", "--channel", "labor", "--format", "md", "--db", app.Store.Db);
        Assert.Contains("Viet Nam adopted the decree the dialogue asked for.", md.Out);
        Assert.DoesNotContain("[Narrative to be written", md.Out);
        Assert.Contains("1 report(s) since the last round", md.Out);
        // The English narrative is not the Vietnamese one.
        Assert.Contains("[Phần tường thuật do nhóm soạn thảo viết", (await Cli.OkAsync("report", "since-last-round", "--channel", "labor", "--lang", "vi", "--db", app.Store.Db)).Out);

        Assert.Equal(HttpStatusCode.Redirect, (await SignedInApp.PostFormAsync(editor, "/follow-up/narrative?report=mid-term&party=vn&cycle=1&lang=en",
            new() { [NarrativeModel.Field(Narratives.Introduction)] = "Our mid-term narrative." })).StatusCode);
        Assert.Contains("Our mid-term narrative.", (await Cli.OkAsync("report", "mid-term", "--party", "vn", "--cycle", "1", "--db", app.Store.Db)).Out);
        Assert.Contains("Our mid-term narrative.", await editor.GetStringAsync("/follow-up/mid-term?party=vn&cycle=1&format=html"));

        await using (var check = app.Store.Open())
        {
            var trail = await check.AuditEntries.Where(e => e.Kind == "ReportNarrative").OrderBy(e => e.Id).ToListAsync();
            Assert.Equal(["since-last-round/labor/en#introduction", "mid-term/vn/1/en#introduction"], trail.Select(e => e.RecordKey));
            Assert.All(trail, e => Assert.Equal(("editor", "web"), (e.Actor, e.Origin)));
        }

        // A commitment naming no channel belongs to its party's channels covering its issue areas: the cooperation
        // commitment to the human rights dialogue (which covers civil and political rights), not to the labour one.
        Assert.Contains("csp-2023-human-rights-cooperation:", (await Cli.OkAsync("report", "since-last-round", "--channel", "human-rights", "--db", app.Store.Db)).Out);
        Assert.DoesNotContain("csp-2023-human-rights-cooperation:", md.Out);

        using var viewer = await app.SignInAsync("viewer");
        var refused = await viewer.GetAsync(form);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/denied", refused.Headers.Location!.AbsolutePath);
        Assert.DoesNotContain("Write the narrative paragraphs", await viewer.GetStringAsync("/follow-up/since-last-round?channel=labor"));

        var unknown = await Cli.RunAsync("report", "since-last-round", "--channel", "nowhere", "--db", app.Store.Db);
        Assert.Equal(1, unknown.Exit);
        Assert.Contains("channel: no channel with key 'nowhere'", unknown.Error);
    }
}
