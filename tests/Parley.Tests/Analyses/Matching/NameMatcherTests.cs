using Parley.Analyses.Matching;
using Parley.Features.Accounts;

namespace Parley.Tests.Analyses.Matching;

public class NameMatcherTests
{
    /// <summary>What the matcher replaced: IndexOf for each name, overlapping occurrences included.</summary>
    private static List<(int Start, int Length)> OneNameAtATime(string text, IEnumerable<string> names) =>
        [.. names.Distinct().SelectMany(name =>
            Enumerable.Range(0, text.Length).Where(at => string.CompareOrdinal(text, at, name, 0, name.Length) == 0 && at + name.Length <= text.Length)
                .Select(at => (at, name.Length)))
            .Order()];

    [Fact]
    public void Finds_every_occurrence_of_every_name_that_searching_each_name_finds()
    {
        var random = new Random(7);
        string Word(int length) => new([.. Enumerable.Range(0, length).Select(_ => "ab "[random.Next(3)])]);
        for (var round = 0; round < 300; round++)
        {
            var names = Enumerable.Range(0, random.Next(1, 8)).Select(_ => Word(random.Next(1, 5))).Where(n => n.Length > 0).ToList();
            var text = Word(random.Next(0, 40));

            var found = new NameMatcher(names).Find(text).Order().ToList();

            Assert.Equal(OneNameAtATime(text, names), found);
        }
    }

    [Fact]
    public void Overlapping_names_are_withheld_as_one_with_or_without_accents()
    {
        var names = Withholding.Of(["Nguyễn Văn An", "Văn Anh"]);

        Assert.Equal("Met [name withheld] and [name withheld] in Hanoi.", names.Text("Met Nguyen Van Anh and VĂN ANH in Hanoi."));
        Assert.Equal("Nothing to withhold.", Withholding.Of([]).Text("Nothing to withhold."));
    }
}
