using Parley.Domain;

namespace Parley.Analyses.LawChanges;

/// <summary>
/// The changes in the law between two dates, read from the dates the record holds (adopted, in force from, in force
/// until) by the rule every "as of" question uses (<see cref="LegalValidity"/>). A date known only to the month or
/// year counts when its first day falls in the period, so a change is listed once, in the period it began. A law
/// with only a year is not said to have entered into force: the year may be its adoption's.
/// </summary>
public static class LawChangeList
{
    public static IReadOnlyList<LawChange> Between(IReadOnlyList<LegalInstrument> instruments, IReadOnlyList<Provision> provisions, DateOnly since, DateOnly until)
    {
        bool In(PartialDate? date) => date is { } d && d.Earliest > since && d.Earliest <= until;
        var byId = instruments.ToDictionary(i => i.Id);
        string? Name(int? id) => id is { } i && byId.TryGetValue(i, out var found) ? found.Title : null;
        var changes = new List<LawChange>();
        foreach (var i in instruments)
        {
            var replaces = instruments.Where(o => o.ReplacedById == i.Id).Select(o => o.Title).ToList();
            var coming = Join(replaces.Count == 0 ? null : $"replaces {string.Join(" and ", replaces)}", Name(i.AmendsId) is { } a ? $"amends {a}" : null);
            if (In(i.Adopted)) changes.Add(new LawChange(i.Adopted!.Value, "adopted", "legal instrument", i.Key, i.Title, coming));
            if (In(i.InForceFrom)) changes.Add(new LawChange(i.InForceFrom!.Value, "entered into force", "legal instrument", i.Key, i.Title, coming));
            // In force until its last day: it ceased the day after, which is what falls in the period.
            if (i.InForceUntil is { } last && In(PartialDate.FromDate(last.Latest.AddDays(1))))
                changes.Add(new LawChange(last, "ceased to be in force", "legal instrument", i.Key, i.Title, Name(i.ReplacedById) is { } by ? $"replaced by {by}" : null));
        }
        foreach (var p in provisions)
        {
            var name = $"{p.Label}, {p.Instrument.Title}";
            // A new wording of the same article in the same instrument reads as "its version from …", not as another article.
            string Other(Provision o, bool later) => o.Label == p.Label && o.InstrumentId == p.InstrumentId
                ? later ? $"its version in force from {o.InForceFrom?.ToString() ?? "a date not recorded"}" : $"its version in force until {o.InForceUntil?.ToString() ?? "a date not recorded"}"
                : $"{o.Label}, {o.Instrument.Title}";
            var predecessors = provisions.Where(o => o.Successors.Any(s => s.Id == p.Id)).Select(o => Other(o, later: false)).ToList();
            if (In(p.InForceFrom))
                changes.Add(new LawChange(p.InForceFrom!.Value, "entered into force", "provision", p.Key, name, predecessors.Count == 0 ? null : $"continues {string.Join(" and ", predecessors)}"));
            if (p.InForceUntil is { } last && In(PartialDate.FromDate(last.Latest.AddDays(1))))
                changes.Add(new LawChange(last, "ceased to be in force", "provision", p.Key, name,
                    p.Successors.Count == 0 ? null : $"continued by {string.Join(" and ", p.Successors.Select(s => Other(s, later: true)))}"));
        }
        return [.. changes.OrderBy(c => c.On.Earliest).ThenBy(c => c.What == "ceased to be in force" ? 0 : 1).ThenBy(c => c.Key, StringComparer.Ordinal)];
    }

    private static string? Join(params string?[] parts) => parts.OfType<string>().ToList() is { Count: > 0 } some ? string.Join("; ", some) : null;
}
