using Parley.Analyses.Records;
using Parley.Domain;
using Parley.Features.Briefings;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Briefings;

/// <summary>Every footnoted sentence of the briefing on the bundled data cites the record it is about, by the passage that supports it.</summary>
public sealed class BriefingFootnoteTests : IAsyncLifetime
{
    private readonly TempStore _store = new();

    public async Task InitializeAsync() => await Cli.OkAsync("init", "--db", _store.Path);

    public Task DisposeAsync()
    {
        _store.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("human-rights")]
    [InlineData("labor")]
    public async Task Each_footnote_of_a_sentence_about_a_record_is_one_of_that_records_own_citations(string channel)
    {
        await using var db = _store.Open();
        var input = await BriefingQuery.LoadAsync(db, channel, null, default, new DateOnly(2026, 12, 4));
        var briefing = BriefingBuilder.Build(input, new BriefingOptions(new DateOnly(2026, 12, 4)));
        var notes = briefing.Sources.ToDictionary(s => s.Number);

        var about = briefing.Sections.SelectMany(s => s.Blocks).SelectMany(Facts).Where(f => f.About is not null).ToList();
        Assert.True(about.Count > 10, $"only {about.Count} sentences name their record");
        foreach (var (text, noteNumbers, fact) in about)
        {
            var cited = Citations(input.Records, fact!).ToHashSet();
            foreach (var n in noteNumbers)
                Assert.True(cited.Contains((notes[n].SourceId, notes[n].Locator)),
                    $"“{text}” ({fact}) has note [{n}] {notes[n].Text}, which is not a citation of that record");
        }
    }

    private static IEnumerable<(string Text, IReadOnlyList<int> Notes, BriefingFact? About)> Facts(BriefingBlock block) => block switch
    {
        BriefingParagraph p => [(p.Text, p.Notes, p.About)],
        BriefingList l => l.Items.Select(i => (i.Text, i.Notes, i.About)),
        BriefingTable t => t.Rows.Select(r => (string.Join(" | ", r.Cells), r.Notes, r.About)),
        _ => [],
    };

    private static IEnumerable<(int, string?)> Citations(RecordSnapshot records, BriefingFact fact)
    {
        IEnumerable<Citation> Of<T>(IEnumerable<T> all) where T : IKeyed, ISourced => all.Single(r => r.Key == fact.Key).Citations;
        if (fact.Kind == "powers")
            return records.Institutions.Single(i => i.Key == fact.Key).Powers.Where(p => p.SourceId is not null).Select(p => (p.SourceId!.Value, p.Locator));
        var citations = fact.Kind switch
        {
            "commitments" => Of(records.Commitments),
            "recommendations" => Of(records.Recommendations),
            "cases" => Of(records.Cases),
            "provisions" => Of(records.Provisions),
            "programmes" => Of(records.Programmes),
            "frameworks" => Of(records.Frameworks),
            "statements" => Of(records.Statements),
            "lexicon" => Of(records.Lexicon),
            _ => throw new InvalidOperationException($"no citations known for {fact.Kind}"),
        };
        return citations.Select(c => (c.SourceId, c.Locator));
    }
}
