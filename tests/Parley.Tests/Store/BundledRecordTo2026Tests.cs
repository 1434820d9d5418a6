using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Tests.Support;

namespace Parley.Tests.Store;

/// <summary>The bundled record runs to 2026: dialogue rounds, UN review cycles, the laws that replaced others and the cases since, each sourced with a URL.</summary>
public sealed class BundledRecordTo2026Tests
{
    private static readonly HashSet<string> SeedSources = ["seed-csis-2024", "seed-ipp-2021"];

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Four_Human_Rights_Dialogue_rounds_from_2021_to_2025_and_the_resumed_Labor_Dialogue_are_held_with_dates_places_heads_and_web_sources(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        await using var db = store.Open();
        var rounds = await db.Rounds.Include(r => r.Channel).Include(r => r.Delegates).Include(r => r.Citations).ThenInclude(c => c.Source).ToListAsync();

        var dialogue = rounds.Where(r => r.Channel.Key == "human-rights" && r.Status == RoundStatus.Held && r.Date is { Year: >= 2021 and <= 2025 }).ToList();
        Assert.Equal([25, 26, 27, 28], dialogue.Select(r => r.Number!.Value).Order());
        Assert.All(dialogue, r => Assert.False(string.IsNullOrEmpty(r.Place)));
        Assert.All(dialogue, r => Assert.Equal(2, r.Delegates.Count(d => d.Role == DelegateRole.Head)));
        Assert.All(dialogue, r => Assert.Contains(r.Citations, c => c.Source.Url is { Length: > 0 }));
        Assert.Contains(rounds.Single(r => r.Key == "human-rights-28").Delegates, d => d.Name!.StartsWith("Dafna Rand", StringComparison.Ordinal));

        var labor = rounds.Single(r => r.Key == "labor-16");
        Assert.Equal("2022-11-16", labor.Date.ToString());
        Assert.Contains(labor.Delegates, d => d.Name!.StartsWith("Thea Lee", StringComparison.Ordinal) && d.Role == DelegateRole.Head);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task UPR_cycles_3_and_4_hold_their_recommendation_counts_and_the_Council_seats_their_elections(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        await using var db = store.Open();
        var cycles = await db.Rounds.Where(r => r.Channel.Key == "upr").ToDictionaryAsync(r => r.Key);

        Assert.Contains("291 recommendations", cycles["upr-vn-cycle-3"].Outcomes);
        Assert.Contains("accepted 241", cycles["upr-vn-cycle-3"].Outcomes);
        Assert.Contains("320 recommendations", cycles["upr-vn-cycle-4"].Outcomes);
        Assert.Contains("accepted 271", cycles["upr-vn-cycle-4"].Outcomes);
        Assert.Contains("noted 49", cycles["upr-vn-cycle-4"].Outcomes);

        var hrc = await db.Frameworks.Include(f => f.Events).SingleAsync(f => f.Key == "un-hrc");
        Assert.Equal(["2022-10-11", "2025-10-14"], hrc.Events.Where(e => e.Kind == FrameworkEventKind.Election).Select(e => e.Date.ToString()).Order());
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Law_116_of_2025_replaces_the_2018_Cybersecurity_Law_which_is_marked_in_force_until_30_June_2026(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        await using var db = store.Open();
        var laws = await db.LegalInstruments.ToDictionaryAsync(l => l.Key);

        Assert.Contains("116/2025/QH15", laws["vn-cybersecurity-law-2025"].Title);
        Assert.Contains("in force from 2026-07-01", laws["vn-cybersecurity-law-2025"].Summary);
        Assert.Contains("In force until 2026-06-30", laws["vn-cybersecurity-law-2018"].Summary);
        Assert.Contains("In force until 2026-06-30", laws["vn-network-information-security-law-2015"].Summary);
        Assert.Contains("in force from 2025-07-01", laws["vn-criminal-code-amendment-2025"].Summary);
        Assert.Contains("Article 109", laws["vn-criminal-code-amendment-2025"].Summary);
        Assert.Contains("25 December 2024", laws["vn-decree-147-2024"].Summary);
        // The seed's own sentence about the 2018 law is kept word for word at the start.
        Assert.StartsWith("Includes data localisation and controls on content", laws["vn-cybersecurity-law-2018"].Summary);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task The_cases_since_2019_carry_status_charges_sentences_and_dates(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        await using var db = store.Open();
        var cases = await db.Cases.Include(c => c.Charges).Include(c => c.Events).ToDictionaryAsync(c => c.Key);

        Assert.Equal(CaseStatus.Sentenced, cases["pham-doan-trang"].Status);
        Assert.Equal(["vn-cc-1999-art-88"], cases["pham-doan-trang"].Charges.Select(p => p.Key));
        Assert.Equal("9 years", cases["pham-doan-trang"].Sentence);
        Assert.Contains(cases["pham-doan-trang"].Events, e => e.Kind == CaseEventKind.Arrest && e.Date.ToString() == "2020-10-06");
        Assert.Equal(["vn-cc-art-117"], cases["pham-chi-dung"].Charges.Select(p => p.Key));
        Assert.StartsWith("15 years", cases["pham-chi-dung"].Sentence);
        Assert.Equal("11 years", cases["nguyen-tuong-thuy"].Sentence);
        Assert.Equal(CaseStatus.Released, cases["nguyen-thuy-hanh"].Status);
        Assert.Equal(["vn-cc-art-200"], cases["dang-dinh-bach"].Charges.Select(p => p.Key));
        Assert.Equal(CaseStatus.Released, cases["hoang-thi-minh-hong"].Status);
        Assert.Contains(cases["hoang-thi-minh-hong"].Events, e => e.Kind == CaseEventKind.Release && e.Date.ToString() == "2024-09-20");
        // The seed's arrest year for her stays as it was.
        Assert.Equal("2023", cases["hoang-thi-minh-hong"].Events.Single(e => e.Kind == CaseEventKind.Arrest).Date.ToString());
    }

    [Fact]
    public async Task Every_source_added_after_the_seeds_has_a_URL_and_says_when_it_was_accessed()
    {
        using var store = await TempStore.InitialisedAsync(StoreKind.Sqlite);
        await using var db = store.Open();
        var cited = await db.Rounds.SelectMany(r => r.Citations).Select(c => c.Source.Key)
            .Concat(db.Cases.SelectMany(c => c.Citations).Select(c => c.Source.Key))
            .Concat(db.LegalInstruments.SelectMany(c => c.Citations).Select(c => c.Source.Key)).Distinct().ToListAsync();
        var sources = await db.Sources.Where(s => cited.Contains(s.Key)).ToListAsync();
        var added = sources.Where(s => s.Note != null && s.Note.Contains("Accessed December 2026")).ToList();

        Assert.True(added.Count > 70, $"only {added.Count} sources added");
        Assert.All(added, s => Assert.StartsWith("http", s.Url));
        Assert.All(sources.Where(s => !SeedSources.Contains(s.Key) && s.Url is null), s => Assert.Contains("Not consulted directly", s.Note));
    }
}
