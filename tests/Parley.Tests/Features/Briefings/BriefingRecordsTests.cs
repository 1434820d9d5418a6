using Parley.Analyses.Records;
using Parley.Domain;
using Parley.Features.Briefings;

namespace Parley.Tests.Features.Briefings;

/// <summary>The briefing computed from small hand-built records: what was promised, the source papers, their age.</summary>
public class BriefingRecordsTests
{
    internal static readonly Party Us = new() { Id = 1, Key = "a", Name = "Asking State" };
    internal static readonly Party Them = new() { Id = 2, Key = "b", Name = "Other State" };
    internal static readonly IssueArea Civil = new() { Id = 1, Key = "civil", Name = "Civil rights" };
    internal static readonly Source Paper = new() { Id = 1, Key = "p", Title = "Talking Better: A Policy Paper", Publisher = "A Think Tank", Published = new PartialDate(2020) };
    internal static readonly Source News = new() { Id = 2, Key = "n", Title = "Recent News", Publisher = "A Paper", Published = new PartialDate(2026, 3, 1) };
    internal static readonly Channel Dialogue = new() { Id = 1, Key = "dialogue", Name = "The Dialogue", Parties = [Us, Them], IssueAreas = [Civil] };

    internal static Round Held(int id, int year) => new()
    {
        Id = id, Key = $"r{year}", Title = $"Round {year}", Status = RoundStatus.Held, Date = new PartialDate(year, 1, 10), ChannelId = 1, Channel = Dialogue,
    };

    internal static Round Next => new()
    {
        Id = 9, Key = "next", Title = "Next round", Status = RoundStatus.Planned, Date = new PartialDate(2027), ChannelId = 1, Channel = Dialogue,
        Agenda = [new AgendaItem { IssueAreaId = Civil.Id, IssueArea = Civil }],
    };

    internal static Citation Cite(Source s, string locator) => new() { Source = s, SourceId = s.Id, Locator = locator };

    internal static Commitment Promise(int id, string title, params CommitmentStatus[] history) => new()
    {
        Id = id, Key = $"c{id}", Title = title, PartyId = Them.Id, Party = Them, ChannelId = 1, IssueAreas = [Civil], Instrument = BindingInstrument.JointStatement,
        History = history.Select((s, i) => new CommitmentStatusChange { Status = s, Date = new PartialDate(2020 + i) }).ToList(),
        Citations = [Cite(Paper, $"they promised {title}")],
    };

    internal static Recommendation Advice(int id, string text) => new()
    {
        Id = id, Key = $"rec{id}", Text = text, ToPartyId = Us.Id, ToParty = Us, Mechanism = "policy analysis", IssueAreas = [Civil],
        Citations = [Cite(Paper, $"we recommend: {text}")],
    };

    internal static Briefing Build(RecordSnapshot records, BriefingLanguage language = BriefingLanguage.En, params Round[] rounds)
    {
        var all = rounds.Length > 0 ? rounds : [Held(2, 2024), Held(3, 2025), Next];
        var snapshot = records with
        {
            Parties = [Us, Them], IssueAreas = [Civil], Sources = [Paper, News], Channels = [Dialogue], Rounds = all,
        };
        return BriefingBuilder.Build(new BriefingInput(Dialogue, all, all.Last(), snapshot, null), new BriefingOptions(new DateOnly(2026, 12, 4), language));
    }

    internal static string Section(Briefing b, BriefingSectionId id) =>
        string.Join("\n", b.Sections.Single(s => s.Id == id).Blocks.SelectMany(Texts));

    internal static IEnumerable<string> Texts(BriefingBlock block) => block switch
    {
        BriefingParagraph p => [p.Text],
        BriefingList l => l.Items.Select(i => i.Text),
        BriefingTable t => t.Rows.Select(r => string.Join(" | ", r.Cells)).Prepend(string.Join(" | ", t.Headers)),
        BriefingSubheading h => [$"### {h.Text}"],
        _ => [],
    };

    [Fact]
    public void A_lapsed_commitment_is_listed_as_lapsed_and_never_among_the_open_ones()
    {
        var text = Section(Build(new RecordSnapshot { Commitments = [Promise(1, "Free the press", CommitmentStatus.Open, CommitmentStatus.Lapsed), Promise(2, "Hold talks", CommitmentStatus.Open)] }),
            BriefingSectionId.Commitments);

        var open = text[text.IndexOf("### Open commitments", StringComparison.Ordinal)..text.IndexOf("### Lapsed", StringComparison.Ordinal)];
        Assert.Contains("Hold talks", open);
        Assert.DoesNotContain("Free the press", open);
        Assert.Contains("“Free the press” (Other State) lapsed (2021)", text[text.IndexOf("### Lapsed", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void The_source_papers_recommendations_are_named_by_title_and_publisher_with_their_implementation_status()
    {
        var advice = Advice(1, "Make plans with dates.");
        var implementing = Promise(3, "Plan with dates", CommitmentStatus.Open, CommitmentStatus.Fulfilled);
        implementing.RecommendationId = advice.Id;

        var before = Section(Build(new RecordSnapshot { Recommendations = [advice] }), BriefingSectionId.Commitments);
        var after = Section(Build(new RecordSnapshot { Recommendations = [advice], Commitments = [implementing] }), BriefingSectionId.Commitments);

        Assert.Contains("Talking Better: A Policy Paper (A Think Tank, 2020) recommends:", before);
        Assert.Contains("“Make plans with dates.” Status: no information on record.", before);
        Assert.Contains("“Make plans with dates.” Status: commitment “Plan with dates”: fulfilled.", after);
    }

    [Fact]
    public void Accepted_recommendations_beyond_those_quoted_are_counted_with_where_to_read_them()
    {
        var accepted = Enumerable.Range(1, CommitmentsQuoted + 3).Select(i => new Recommendation
        {
            Id = 100 + i, Key = $"upr{i}", Text = $"Accepted number {i}", ToPartyId = Them.Id, ToParty = Them, FromParty = Us, Mechanism = "UPR",
            Response = RecommendationResponse.Accepted, IssueAreas = [Civil], Citations = [Cite(News, $"item {i}")],
        }).ToList();

        var text = Section(Build(new RecordSnapshot { Recommendations = accepted }), BriefingSectionId.Commitments);

        Assert.Equal(CommitmentsQuoted, accepted.Count(r => text.Contains($"“{r.Text}”", StringComparison.Ordinal)));
        Assert.Contains("3 more, see /records/recommendations?party=b&response=accepted.", text);
    }

    [Fact]
    public void A_fact_whose_newest_source_is_older_than_the_last_round_is_marked_and_a_newer_source_clears_the_mark()
    {
        var old = Promise(1, "Hold talks", CommitmentStatus.Open);
        var renewed = Promise(1, "Hold talks", CommitmentStatus.Open);
        renewed.Citations.Add(Cite(News, "talks still pending"));

        var stale = Section(Build(new RecordSnapshot { Commitments = [old] }), BriefingSectionId.Commitments);
        var fresh = Section(Build(new RecordSnapshot { Commitments = [renewed] }), BriefingSectionId.Commitments);
        // With no round held before the one being prepared, nothing can be older than it.
        var first = Section(Build(new RecordSnapshot { Commitments = [old] }, BriefingLanguage.En, Next), BriefingSectionId.Commitments);

        Assert.Contains("Hold talks (Other State; joint statement) (as of 2020, before the last round)", stale);
        Assert.Contains("As of 2020: the newest dated source behind this section. 1 fact(s) rest on sources older than the last round (Round 2025, 2025-01-10)", stale);
        Assert.DoesNotContain("before the last round", fresh);
        Assert.Contains("As of 2026-03-01", fresh);
        Assert.DoesNotContain("before the last round", first);
    }

    private const int CommitmentsQuoted = Parley.Features.Briefings.Sections.CommitmentsSection.Quoted;
}
