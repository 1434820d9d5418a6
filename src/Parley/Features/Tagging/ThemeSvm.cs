namespace Parley.Features.Tagging;

/// <summary>
/// One label's linear support vector machine: L2-regularised, squared hinge loss, fitted by dual coordinate descent
/// (Hsieh, Chang, Lin, Keerthi and Sundararajan, "A Dual Coordinate Descent Method for Large-scale Linear SVM",
/// ICML 2008: the method of LIBLINEAR, which no NuGet package carries). ML.NET's own SVM (Pegasos) measured 0.03
/// micro-F1 weaker on unseen sessions and its SDCA several times slower (docs/performance.md, "Theme tagging").
/// The bias is learnt as the weight of a feature that is always 1, regularised like the others, as LIBLINEAR does.
/// </summary>
public static class ThemeSvm
{
    /// <summary>A pass ends the fit when the projected gradients all lie within this of each other (LIBLINEAR's ε).</summary>
    private const double Tolerance = 0.1;

    /// <summary>
    /// Weights and bias for the texts <paramref name="features"/> labelled <paramref name="positive"/>. Negatives
    /// cost <paramref name="cost"/> per unit of loss, positives cost × <paramref name="positiveWeight"/>
    /// (<see cref="ThemeTrainingOptions.PositiveWeight"/>), so a rare label is not learnt as "never". At most
    /// <paramref name="passes"/> passes, in an order seeded by <paramref name="seed"/>.
    /// </summary>
    public static (float[] Weights, float Bias) Fit(IReadOnlyList<SparseFeatures> features, bool[] positive, int dimension, double cost, double positiveWeight, int passes, int seed)
    {
        var n = features.Count;
        var costPositive = cost * positiveWeight;
        var (w, bias) = (new double[dimension], 0.0);
        var (alpha, diagonal, q) = (new double[n], new double[n], new double[n]);
        for (var i = 0; i < n; i++)
        {
            diagonal[i] = 0.5 / (positive[i] ? costPositive : cost);
            var norm = 1.0;
            foreach (var v in features[i].Values) norm += v * v;
            q[i] = norm + diagonal[i];
        }
        var order = Enumerable.Range(0, n).ToArray();
        var random = new Random(seed);
        for (var pass = 0; pass < passes; pass++)
        {
            random.Shuffle(order);
            var (highest, lowest) = (double.NegativeInfinity, double.PositiveInfinity);
            foreach (var i in order)
            {
                var (indices, values) = (features[i].Indices, features[i].Values);
                var y = positive[i] ? 1.0 : -1.0;
                var margin = bias;
                for (var k = 0; k < indices.Length; k++) margin += w[indices[k]] * values[k];
                var gradient = y * margin - 1 + diagonal[i] * alpha[i];
                var projected = alpha[i] > 0 ? gradient : Math.Min(gradient, 0);
                (highest, lowest) = (Math.Max(highest, projected), Math.Min(lowest, projected));
                if (Math.Abs(projected) < 1e-12) continue;
                var before = alpha[i];
                alpha[i] = Math.Max(before - gradient / q[i], 0);
                var step = (alpha[i] - before) * y;
                for (var k = 0; k < indices.Length; k++) w[indices[k]] += step * values[k];
                bias += step;
            }
            if (highest - lowest < Tolerance) break;
        }
        return (w.Select(x => (float)x).ToArray(), (float)bias);
    }
}
