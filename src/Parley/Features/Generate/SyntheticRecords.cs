using Parley.Domain;

namespace Parley.Features.Generate;

/// <summary>
/// Builds plausible synthetic records from one random sequence, so the same seed gives the same records. Texts are
/// assembled from <see cref="Vocabulary"/>; dates, statuses and links follow rough real-world proportions.
/// </summary>
internal sealed class SyntheticRecords(int seed, IReadOnlyList<IssueArea> areas)
{
    private readonly Random _random = new(seed);

    public string Prefix { get; } = $"gen{seed}";

    public Round Round(int number, Channel channel, int sourceId)
    {
        var year = 1996 + (int)(_random.NextDouble() * 30);
        return new Round
        {
            Key = $"{Prefix}-round-{number:D6}",
            ChannelId = channel.Id,
            Title = $"{channel.Name}, synthetic round {number}",
            Status = year >= 2026 ? RoundStatus.Planned : RoundStatus.Held,
            Number = number,
            Date = Date(year),
            Place = Pick(Vocabulary.Places),
            Outcomes = year >= 2026 ? null : $"Discussed {Phrase(Pick(areas))} and {Phrase(Pick(areas))}.",
            Citations = [Cite(sourceId)],
        };
    }

    public Recommendation Recommendation(int number, Party from, Party to, IReadOnlyList<int> roundIds, int sourceId)
    {
        var chosen = Some(areas, 1, 3);
        var inRound = roundIds.Count > 0 && _random.NextDouble() < 0.4;
        var year = 2008 + (int)(Math.Sqrt(_random.NextDouble()) * 18);
        return new Recommendation
        {
            Key = $"{Prefix}-rec-{number:D7}",
            Text = $"{Pick(Vocabulary.Openings)} {Phrase(chosen[0])}{(chosen.Count > 1 ? $" and {Phrase(chosen[1])}" : "")} {Pick(Vocabulary.Closings)}.",
            FromPartyId = from.Id,
            FromParty = from,
            ToPartyId = to.Id,
            ToParty = to,
            RoundId = inRound ? Pick(roundIds) : null,
            Mechanism = inRound ? null : Pick(Vocabulary.Mechanisms),
            Response = Weighted((RecommendationResponse.Accepted, 50), (RecommendationResponse.Noted, 33), (RecommendationResponse.Pending, 10), (RecommendationResponse.Rejected, 4), (RecommendationResponse.None, 3)),
            ActionCategory = 1 + _random.Next(5),
            Cycle = inRound ? null : Math.Clamp((year - 2008) / 5 + 1, 1, 4),
            Date = Date(year),
            IssueAreas = [.. chosen],
            Citations = [Cite(sourceId)],
        };
    }

    public Case Case(int number, Party party, IReadOnlyList<Round> rounds, int sourceId)
    {
        var name = $"{Pick(Vocabulary.FamilyNames)} {Pick(Vocabulary.MiddleNames)} {Pick(Vocabulary.GivenNames)}";
        var role = Pick(Vocabulary.Roles);
        var chosen = Some(areas, 1, 2);
        var arrested = 2010 + _random.Next(16);
        var status = Weighted((CaseStatus.Sentenced, 45), (CaseStatus.Detained, 20), (CaseStatus.Charged, 10), (CaseStatus.Released, 20), (CaseStatus.Unknown, 5));
        var events = new List<CaseEvent> { new() { Kind = CaseEventKind.Arrest, Date = Date(arrested), Description = $"Arrested in {Pick(Vocabulary.Places)}." } };
        if (status is CaseStatus.Sentenced or CaseStatus.Released)
            events.Add(new CaseEvent { Kind = CaseEventKind.Trial, Date = Date(Math.Min(arrested + 1, 2025)), Description = "Tried in a one-day hearing." });
        return new Case
        {
            Key = $"{Prefix}-case-{number:D6}",
            PersonName = name,
            PersonRole = role,
            PartyId = party.Id,
            Party = party,
            Status = status,
            Sentence = status == CaseStatus.Sentenced ? $"{2 + _random.Next(10)} years in prison" : null,
            Summary = $"A {role} who worked on {Phrase(chosen[0])}; detained under provisions on {Phrase(Pick(areas))}.",
            IssueAreas = [.. chosen],
            Events = events,
            RaisedIn = rounds.Count > 0 && _random.NextDouble() < 0.3 ? [Pick(rounds)] : [],
            Citations = [Cite(sourceId)],
        };
    }

    private static Citation Cite(int sourceId) => new() { SourceId = sourceId };

    private string Phrase(IssueArea area) =>
        Pick(Vocabulary.AreaPhrases.TryGetValue(area.Key, out var phrases) ? phrases : Vocabulary.GeneralPhrases);

    private PartialDate Date(int year) =>
        _random.NextDouble() < 0.2 ? new PartialDate(year) : new PartialDate(year, 1 + _random.Next(12), 1 + _random.Next(28));

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private List<T> Some<T>(IReadOnlyList<T> items, int min, int max)
    {
        var count = Math.Min(items.Count, min + _random.Next(max - min + 1));
        var chosen = new List<T>(count);
        while (chosen.Count < count)
        {
            var item = Pick(items);
            if (!chosen.Contains(item)) chosen.Add(item);
        }
        return chosen;
    }

    private T Weighted<T>(params (T Value, int Weight)[] choices)
    {
        var roll = _random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight) return value;
            roll -= weight;
        }
        return choices[^1].Value;
    }
}
