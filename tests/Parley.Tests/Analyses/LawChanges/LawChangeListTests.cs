using Parley.Analyses.LawChanges;
using Parley.Domain;

namespace Parley.Tests.Analyses.LawChanges;

/// <summary>What changed in the law between two dates, on hand-built laws: the period's edges, year-only dates, successors.</summary>
public class LawChangeListTests
{
    private static readonly LegalInstrument Old = new()
    {
        Id = 1, Key = "old-law", Title = "Old Law", Year = 2018, InForceFrom = PartialDate.Parse("2019-01-01"), InForceUntil = PartialDate.Parse("2026-06-30"), ReplacedById = 2,
    };
    private static readonly LegalInstrument New = new()
    {
        Id = 2, Key = "new-law", Title = "New Law", Year = 2025, Adopted = PartialDate.Parse("2025-12-10"), InForceFrom = PartialDate.Parse("2026-07-01"),
    };
    private static readonly LegalInstrument YearOnly = new() { Id = 3, Key = "year-only", Title = "Year-only Decree", Year = 2026 };

    private static (List<LegalInstrument>, List<Provision>) Laws()
    {
        var successor = new Provision { Id = 11, Key = "new-art-5", Label = "Article 5", Instrument = New, InstrumentId = 2 };
        var amended = new Provision { Id = 12, Key = "old-art-9-2025", Label = "Article 9 as amended", Instrument = Old, InstrumentId = 1, InForceFrom = PartialDate.Parse("2025-07") };
        var old = new Provision { Id = 10, Key = "old-art-9", Label = "Article 9", Instrument = Old, InstrumentId = 1, InForceUntil = PartialDate.Parse("2025-06-30"), Successors = [amended] };
        amended.Successors = [successor];
        return ([Old, New, YearOnly], [old, amended, successor]);
    }

    [Fact]
    public void A_replacement_is_listed_with_what_it_replaces_and_an_article_with_what_continues_it()
    {
        var (instruments, provisions) = Laws();

        var changes = LawChangeList.Between(instruments, provisions, new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31));

        Assert.Equal(
        [
            "2025-06-30 provision old-art-9 ceased to be in force (continued by Article 9 as amended, Old Law)",
            "2025-07 provision old-art-9-2025 entered into force (continues Article 9, Old Law)",
            "2025-12-10 legal instrument new-law adopted (replaces Old Law)",
            "2026-06-30 legal instrument old-law ceased to be in force (replaced by New Law)",
            "2026-07-01 legal instrument new-law entered into force (replaces Old Law)",
        ], changes.Select(c => $"{c.On} {c.Kind} {c.Key} {c.What}{(c.Then is null ? "" : $" ({c.Then})")}"));
        // A law known only by its year is not said to have entered into force in it.
        Assert.DoesNotContain(changes, c => c.Key == "year-only");
    }

    [Fact]
    public void The_period_starts_after_its_first_day_and_ends_with_its_last()
    {
        var (instruments, provisions) = Laws();

        // The old law's last day is 30 June; it ceased on 1 July, the day the new one began.
        var handover = LawChangeList.Between(instruments, provisions, new DateOnly(2026, 6, 30), new DateOnly(2026, 7, 1));
        Assert.Equal(["old-law", "new-law"], handover.Select(c => c.Key));

        Assert.Empty(LawChangeList.Between(instruments, provisions, new DateOnly(2026, 7, 1), new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void A_new_wording_of_the_same_article_reads_as_its_version_not_as_another_article()
    {
        var code = new LegalInstrument { Id = 5, Key = "code", Title = "Code", InForceFrom = PartialDate.Parse("2018") };
        var later = new Provision { Id = 21, Key = "art-109-2025", Label = "Article 109", Instrument = code, InstrumentId = 5, InForceFrom = PartialDate.Parse("2025-07-01") };
        var earlier = new Provision { Id = 20, Key = "art-109", Label = "Article 109", Instrument = code, InstrumentId = 5, InForceUntil = PartialDate.Parse("2025-06-30"), Successors = [later] };

        var changes = LawChangeList.Between([code], [earlier, later], new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));

        Assert.Equal(["continued by its version in force from 2025-07-01", "continues its version in force until 2025-06-30"], changes.Select(c => c.Then));
    }
}
