namespace Parley.Features.Briefings;

/// <summary>Reads a --sections list ("1,3,cases,wording") into section ids, naming what it does not understand.</summary>
public static class BriefingSections
{
    public static IReadOnlySet<BriefingSectionId>? Parse(string? list)
    {
        if (string.IsNullOrWhiteSpace(list)) return null;
        var chosen = new HashSet<BriefingSectionId>();
        foreach (var word in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (int.TryParse(word, out var number) && Enum.IsDefined((BriefingSectionId)number)) chosen.Add((BriefingSectionId)number);
            else if (Enum.TryParse<BriefingSectionId>(word, ignoreCase: true, out var named) && !int.TryParse(word, out _)) chosen.Add(named);
            else throw new UserError($"unknown section '{word}'; use numbers 1-10 or names: {string.Join(", ", Enum.GetNames<BriefingSectionId>().Select(n => n.ToLowerInvariant()))}");
        }
        return chosen;
    }
}
