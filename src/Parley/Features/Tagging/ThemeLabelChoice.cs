namespace Parley.Features.Tagging;

/// <summary>
/// Which labels a text gets from its margins over the thresholds, the one rule for predicting and for tuning:
/// every label at or past its threshold; but a label that stands alone (<see cref="ThemeModelInfo.AloneLabels"/>)
/// only when no other label is there, and of several such labels only the best; and when nothing passes, the single
/// best label, since every UPR recommendation has at least one theme.
/// </summary>
public static class ThemeLabelChoice
{
    /// <summary>
    /// A label stands alone when at least this share of its training texts have no other label. On the shared data
    /// "General" (98%) and "Other" (98%) do; the next, "Public security" and "Development", stand alone half the time.
    /// </summary>
    public const double AloneShare = 0.95;

    /// <summary>The labels (by index) that stand alone in <paramref name="examples"/>.</summary>
    public static bool[] Alone(IReadOnlyList<string> labels, IReadOnlyList<LabelledText> examples) => labels.Select(label =>
    {
        var (with, alone) = (0, 0);
        foreach (var e in examples)
            if (e.Labels.Contains(label, StringComparer.Ordinal)) { with++; if (e.Labels.Count == 1) alone++; }
        return with > 0 && alone >= AloneShare * with;
    }).ToArray();

    /// <summary>The labels chosen, by index; <paramref name="margins"/> are each label's score less its threshold.</summary>
    public static List<int> Choose(float[] margins, bool[] alone)
    {
        var chosen = new List<int>();
        var (best, bestAlone, others) = (-1, -1, false);
        for (var l = 0; l < margins.Length; l++)
        {
            if (best < 0 || margins[l] > margins[best]) best = l;
            if (margins[l] < 0) continue;
            if (!alone[l]) { chosen.Add(l); others = true; }
            else if (bestAlone < 0 || margins[l] > margins[bestAlone]) bestAlone = l;
        }
        if (!others && bestAlone >= 0) chosen.Add(bestAlone);
        if (chosen.Count == 0 && best >= 0) chosen.Add(best);
        return chosen;
    }
}
