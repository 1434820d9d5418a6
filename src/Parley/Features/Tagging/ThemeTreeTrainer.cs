using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace Parley.Features.Tagging;

/// <summary>
/// The second half of training: per label, gradient-boosted trees (LightGBM) over the n-grams its linear model
/// weighs most, which can learn what a linear model cannot (a word that counts only with or without another); then
/// the blend weight and the per-label thresholds on held-out texts. Measured +0.008 micro-F1 and +0.012
/// macro-F1 on unseen sessions over the linear model alone (docs/performance.md, "Theme tagging").
/// </summary>
public static class ThemeTreeTrainer
{
    /// <summary>LightGBM's least number of examples in a leaf; a label with fewer positives (or negatives) gets no trees.</summary>
    private const int MinExamplesPerLeaf = 10;

    /// <summary>
    /// The blend weights of the linear model tried; 1 = the linear model alone, 0 = the trees alone. The linear
    /// model first, so that on a tie (few held-out texts) it keeps the larger part.
    /// </summary>
    private static readonly double[] Weights = [1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.0];

    private sealed class Row
    {
        public VBuffer<float> Features { get; set; }
        public bool Label { get; set; }
        public float Weight { get; set; }
    }

    /// <summary>
    /// One label's trees, learnt on the training share's features restricted to the label's
    /// <see cref="ThemeTrainingOptions.TreeNgrams"/> n-grams of largest |linear weight|. One LightGBM thread, seeded
    /// per label, so the trees do not depend on how many labels train at once.
    /// </summary>
    public static ThemeTrees Train(List<SparseFeatures> features, bool[] positive, float[] linearWeights, int seed, ThemeTrainingOptions options)
    {
        var positives = positive.Count(p => p);
        if (options.Trees <= 0 || Math.Min(positives, positive.Length - positives) < MinExamplesPerLeaf) return ThemeTrees.None;
        var chosen = Enumerable.Range(0, linearWeights.Length).Where(j => linearWeights[j] != 0)
            .OrderByDescending(j => Math.Abs(linearWeights[j])).Take(options.TreeNgrams).Order().ToArray();
        if (chosen.Length == 0) return ThemeTrees.None;
        var local = new Dictionary<int, int>(chosen.Length);
        for (var j = 0; j < chosen.Length; j++) local[chosen[j]] = j;

        var up = (float)options.PositiveWeight(positive);
        var rows = features.Select((f, i) =>
        {
            var (indices, values) = (new List<int>(), new List<float>());
            for (var k = 0; k < f.Indices.Length; k++)
                if (local.TryGetValue(f.Indices[k], out var j)) { indices.Add(j); values.Add(f.Values[k]); }
            return new Row { Features = new VBuffer<float>(chosen.Length, indices.Count, values.ToArray(), indices.ToArray()), Label = positive[i], Weight = positive[i] ? up : 1f };
        }).ToList();
        var ml = new MLContext(seed: seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, chosen.Length);
        var trained = ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = nameof(Row.Label), FeatureColumnName = nameof(Row.Features), ExampleWeightColumnName = nameof(Row.Weight),
            NumberOfIterations = options.Trees, NumberOfLeaves = options.TreeLeaves, LearningRate = 0.1, MinimumExampleCountPerLeaf = MinExamplesPerLeaf,
            NumberOfThreads = 1, Seed = seed, Verbose = false, Silent = true,
        }).Fit(ml.Data.LoadFromEnumerable(rows, schema));
        return ThemeTrees.From(trained.Model.SubModel.TrainedTreeEnsemble, chosen, linearWeights.Length);
    }

    /// <summary>
    /// The blend weight (from a small grid, best micro- + macro-F1 on the held-out texts) and, for it, each label's
    /// threshold with the best F1 there; texts get their labels as in prediction (<see cref="ThemeLabelChoice"/>).
    /// <paramref name="linear"/> and <paramref name="treeScores"/> are the held-out texts' linear margins and trees'
    /// scores, each from a model that did not learn the text; <paramref name="trees"/> are the final model's.
    /// </summary>
    public static (ThemeBlend Blend, double Micro, double Macro) Blend(IReadOnlyList<string> labels, bool[] alone, float[][] linear, float[][] treeScores,
        ThemeTrees[] trees, IReadOnlyList<IReadOnlyList<string>> truth, TextWriter? log)
    {
        var positive = labels.Select(label => truth.Select(t => t.Contains(label, StringComparer.Ordinal)).ToArray()).ToArray();
        ThemeBlend? best = null;
        var (bestScore, bestMicro, bestMacro) = (-1.0, 0.0, 0.0);
        foreach (var a in Weights)
        {
            var blend = new ThemeBlend(a, trees, new float[labels.Count]);
            var scores = linear.Select((m, i) => m.Select((x, l) => blend.Score(l, x, treeScores[i][l])).ToArray()).ToArray();
            for (var l = 0; l < labels.Count; l++)
                blend.Thresholds[l] = ThemeTrainer.BestThreshold(scores.Select(s => s[l]).ToArray(), positive[l]);
            var score = ThemeTrainer.Evaluate(labels, alone, scores.Select(s => s.Select((x, l) => x - blend.Thresholds[l]).ToArray()).ToArray(), truth);
            log?.WriteLine($"  blend {a:F1}·linear + {1 - a:F1}·trees: held-out micro-F1 {score.MicroF1:F3}, macro-F1 {score.MacroF1:F3}");
            if (score.MicroF1 + score.MacroF1 > bestScore) (best, bestScore, bestMicro, bestMacro) = (blend, score.MicroF1 + score.MacroF1, score.MicroF1, score.MacroF1);
        }
        log?.WriteLine($"  chosen: {best!.LinearWeight:F1}·linear + {1 - best.LinearWeight:F1}·trees (held-out micro-F1 {bestMicro:F3}, macro-F1 {bestMacro:F3})");
        return (best!, bestMicro, bestMacro);
    }
}
