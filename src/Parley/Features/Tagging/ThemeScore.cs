namespace Parley.Features.Tagging;

/// <summary>
/// How well predicted label sets match the true ones: micro-averaged F1 (with its precision and recall over all
/// labels), macro-averaged F1 over the labels the true sets use, and each label's precision and recall.
/// </summary>
public sealed record ThemeScore(double MicroF1, double MacroF1, IReadOnlyList<ThemeLabelScore> PerLabel, double MicroPrecision, double MicroRecall)
{
    public static ThemeScore Of(IReadOnlyList<IReadOnlyList<string>> truth, IReadOnlyList<List<string>> predicted, IReadOnlyList<string> labels)
    {
        var perLabel = new List<ThemeLabelScore>();
        var (tpAll, fpAll, fnAll) = (0, 0, 0);
        foreach (var label in labels)
        {
            var (tp, fp, fn) = (0, 0, 0);
            for (var i = 0; i < truth.Count; i++)
            {
                var (t, p) = (truth[i].Contains(label, StringComparer.Ordinal), predicted[i].Contains(label, StringComparer.Ordinal));
                if (t && p) tp++; else if (p) fp++; else if (t) fn++;
            }
            (tpAll, fpAll, fnAll) = (tpAll + tp, fpAll + fp, fnAll + fn);
            perLabel.Add(new ThemeLabelScore(label, tp + fn, Ratio(tp, tp + fp), Ratio(tp, tp + fn), F1(tp, fp, fn)));
        }
        var withSupport = perLabel.Where(l => l.Support > 0).ToList();
        return new ThemeScore(F1(tpAll, fpAll, fnAll), withSupport.Count == 0 ? 0 : withSupport.Average(l => l.F1), perLabel,
            Ratio(tpAll, tpAll + fpAll), Ratio(tpAll, tpAll + fnAll));
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
    private static double F1(int tp, int fp, int fn) => tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
}
