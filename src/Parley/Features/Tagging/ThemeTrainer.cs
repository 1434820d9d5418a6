using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace Parley.Features.Tagging;

/// <summary>
/// Trains a <see cref="ThemeModel"/> with ML.NET: the text featuriser is fitted once (word and character n-grams,
/// L2-normalised), then one binary linear classifier per label (one-vs-rest) on the same features and, unless
/// <see cref="ThemeTrainingOptions.Trees"/> is 0, each label's trees (<see cref="ThemeTreeTrainer"/>). Thresholds
/// (and the blend of linear model and trees) are tuned on scores of texts the scoring model did not learn from:
/// with <see cref="ThemeTrainingOptions.Folds"/> every text is scored once by a model fitted on the other folds and
/// the shipped model is fitted on all texts; with 0 folds a validation share is held back and never learnt from.
/// </summary>
public static class ThemeTrainer
{
    public static ThemeModel Train(IReadOnlyList<LabelledText> examples, ThemeTrainingOptions options, string trainedOn = "", TextWriter? log = null)
    {
        var clock = Stopwatch.StartNew();
        var labels = examples.SelectMany(e => e.Labels).GroupBy(l => l, StringComparer.Ordinal)
            .Where(g => g.Count() >= options.MinExamples).Select(g => g.Key).Order(StringComparer.Ordinal).ToList();
        if (labels.Count == 0)
            throw new UserError($"no issue label has {options.MinExamples} or more labelled recommendations to learn from ({examples.Count} example(s) given)");

        var (rounds, final) = Rounds(examples, options);
        var ml = new MLContext(seed: 1);
        // The featuriser (n-gram vocabulary, document frequencies) is fitted on the texts the final model learns from,
        // and the fold models share it: it sees held-out texts, never their labels.
        var learnt = final ?? rounds[0].Fit;
        var featurizer = ml.Transforms.Text.FeaturizeText(ThemeModel.FeatureColumn, Featurisation(options), nameof(ThemeText.Text))
            .Fit(ml.Data.LoadFromEnumerable(learnt.Select(i => new ThemeText { Text = examples[i].Text }), ThemeModel.InputDefinition()));
        var features = ThemeModel.Featurize(ml, featurizer, examples.Select(e => e.Text));
        var dimension = featurizer.GetOutputSchema(ml.Data.LoadFromEnumerable(Array.Empty<ThemeText>(), ThemeModel.InputDefinition()).Schema)[ThemeModel.FeatureColumn].Type is VectorDataViewType { Size: var size } ? size : 0;
        var positive = labels.Select(label => examples.Select(e => e.Labels.Contains(label, StringComparer.Ordinal)).ToArray()).ToArray();
        log?.WriteLine($"  featurised {examples.Count:N0} texts into {dimension:N0} n-grams in {clock.Elapsed.TotalSeconds:F1} s; " +
            (final is null ? $"{rounds[0].Score.Length:N0} held back to tune thresholds" : $"thresholds tuned on {rounds.Count} folds, each scored by a model fitted on the others"));

        // Every held-out text's scores, from the model that did not learn it.
        var held = rounds.SelectMany(r => r.Score).ToArray();
        var (heldLinear, heldTrees) = (new float[held.Length][], new float[held.Length][]);
        (ThemeLabelWeights[] Linear, ThemeTrees[] Trees)? fitted = null;
        var at = 0;
        for (var r = 0; r < rounds.Count; r++)
        {
            fitted = Fit(features, positive, rounds[r].Fit, labels, dimension, options, log, clock, final is null ? "" : $"fold {r + 1} of {rounds.Count}: ");
            foreach (var (linear, treeScores) in Scores(fitted.Value, rounds[r].Score.Select(i => features[i]), dimension))
                (heldLinear[at], heldTrees[at++]) = (linear, treeScores);
        }
        if (final is not null) fitted = Fit(features, positive, final, labels, dimension, options, log, clock, "all texts: ");
        var (model, trees) = fitted!.Value;
        var truth = held.Select(i => examples[i].Labels).ToList();
        var alone = ThemeLabelChoice.Alone(labels, examples);

        ThemeBlend? blend = null;
        double micro, macro;
        if (options.Trees > 0)
            (blend, micro, macro) = ThemeTreeTrainer.Blend(labels, alone, heldLinear, heldTrees, trees, truth, log);
        else
        {
            var thresholds = labels.Select((_, l) => BestThreshold(heldLinear.Select(s => s[l]).ToArray(), held.Select(i => positive[l][i]).ToArray())).ToArray();
            model = model.Select((m, l) => m with { Threshold = thresholds[l] }).ToArray();
            var score = Evaluate(labels, alone, heldLinear.Select(s => s.Select((x, l) => x - thresholds[l]).ToArray()).ToArray(), truth);
            (micro, macro) = (score.MicroF1, score.MacroF1);
        }
        var info = new ThemeModelInfo
        {
            TrainedAt = DateTimeOffset.UtcNow,
            DataVersion = DataVersion(examples),
            Version = "",
            Examples = examples.Count,
            Trainer = $"{options.Trainer}, word 1–{options.WordNgrams}-grams + char {options.CharNgrams}-grams, ≤{options.MaxNgrams:N0} each{(options.TfIdf ? ", tf-idf" : "")}" +
                (final is null ? "" : $", thresholds from {rounds.Count} folds") +
                (blend is null ? "" : $"; blended {blend.LinearWeight:F1} with LightGBM, {options.Trees} trees of {options.TreeLeaves} leaves over {options.TreeNgrams:N0} n-grams a label"),
            Labels = labels,
            AloneLabels = labels.Where((_, l) => alone[l]).ToList(),
            ValidationMicroF1 = micro,
            ValidationMacroF1 = macro,
            TrainedOn = trainedOn,
        };
        info = info with { Version = $"{info.TrainedAt:yyyyMMdd-HHmm}-{info.DataVersion[..8]}" };
        return new ThemeModel(ml, featurizer, model, info, blend);
    }

    /// <summary>
    /// Which texts each model learns from and which it scores for tuning, and the texts of the final model (null:
    /// the one round's model is the final one). Folds and the validation share are fixed by the text alone, so
    /// repeated texts stay on one side. Too few texts to split: everything learns and everything tunes.
    /// </summary>
    private static (List<(int[] Fit, int[] Score)> Rounds, int[]? Final) Rounds(IReadOnlyList<LabelledText> examples, ThemeTrainingOptions options)
    {
        var all = Enumerable.Range(0, examples.Count).ToArray();
        if (options.Folds >= 2)
        {
            var fold = examples.Select(e => (int)(Bucket(e.Text) * options.Folds)).ToArray();
            var rounds = Enumerable.Range(0, options.Folds).Select(f => (Fit: all.Where(i => fold[i] != f).ToArray(), Score: all.Where(i => fold[i] == f).ToArray()))
                .Where(r => r.Fit.Length > 0 && r.Score.Length > 0).ToList();
            return rounds.Count >= 2 ? (rounds, all) : ([(all, all)], null);
        }
        var validate = all.Where(i => Validates(examples[i].Text, options.ValidationShare)).ToArray();
        var train = all.Where(i => !Validates(examples[i].Text, options.ValidationShare)).ToArray();
        return validate.Length == 0 || train.Length == 0 ? ([(all, all)], null) : ([(train, validate)], null);
    }

    /// <summary>Each label's linear classifier, then its trees over the n-grams that classifier weighs most, on the texts <paramref name="fit"/>.</summary>
    private static (ThemeLabelWeights[] Linear, ThemeTrees[] Trees) Fit(List<SparseFeatures> features, bool[][] positive, int[] fit,
        List<string> labels, int dimension, ThemeTrainingOptions options, TextWriter? log, Stopwatch clock, string step)
    {
        var subset = fit.Select(i => features[i]).ToList();
        var (linear, trees) = (new ThemeLabelWeights[labels.Count], new ThemeTrees[labels.Count]);
        var done = 0;
        Parallel.For(0, labels.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, l =>
        {
            var truth = fit.Select(i => positive[l][i]).ToArray();
            var (weights, bias) = FitOne(1 + l, subset, truth, dimension, options);
            linear[l] = new ThemeLabelWeights(labels[l], bias, 0, weights, truth.Count(p => p));
            trees[l] = options.Trees > 0 ? ThemeTreeTrainer.Train(subset, truth, weights, 1 + l, options) : ThemeTrees.None;
            var n = Interlocked.Increment(ref done);
            if (n % 10 == 0 || n == labels.Count) log?.WriteLine($"  {step}{n}/{labels.Count} labels trained ({clock.Elapsed.TotalSeconds:F0} s)");
        });
        return (linear, trees);
    }

    /// <summary>Each text's linear margins (bias included) and trees' scores, labels in order.</summary>
    private static IEnumerable<(float[] Linear, float[] Trees)> Scores((ThemeLabelWeights[] Linear, ThemeTrees[] Trees) model, IEnumerable<SparseFeatures> texts, int dimension)
    {
        var dense = new float[dimension];
        foreach (var f in texts)
        {
            for (var k = 0; k < f.Indices.Length; k++) dense[f.Indices[k]] = f.Values[k];
            yield return (model.Linear.Select(l => f.Dot(l.Weights) + l.Bias).ToArray(), model.Trees.Select(t => t.Count == 0 ? 0 : t.Score(dense)).ToArray());
            for (var k = 0; k < f.Indices.Length; k++) dense[f.Indices[k]] = 0;
        }
    }

    /// <summary>F1 of the labels each text would get from its margins over the thresholds, chosen as <see cref="ThemeModel.Predict"/> chooses them.</summary>
    internal static ThemeScore Evaluate(IReadOnlyList<string> labels, bool[] alone, float[][] margins, IReadOnlyList<IReadOnlyList<string>> truth) =>
        ThemeScore.Of(truth, margins.Select(m => ThemeLabelChoice.Choose(m, alone).Select(l => labels[l]).ToList()).ToList(), labels);

    private static TextFeaturizingEstimator.Options Featurisation(ThemeTrainingOptions options) => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.Lower,
        KeepDiacritics = false,
        KeepPunctuations = false,
        KeepNumbers = false,
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = options.WordNgrams, UseAllLengths = true, MaximumNgramsCount = [options.MaxNgrams], Weighting = Weighting(options) },
        CharFeatureExtractor = options.CharNgrams > 0
            ? new WordBagEstimator.Options { NgramLength = options.CharNgrams, UseAllLengths = false, MaximumNgramsCount = [options.MaxNgrams], Weighting = Weighting(options) }
            : null,
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };

    private static NgramExtractingEstimator.WeightingCriteria Weighting(ThemeTrainingOptions options) =>
        options.TfIdf ? NgramExtractingEstimator.WeightingCriteria.TfIdf : NgramExtractingEstimator.WeightingCriteria.Tf;

    private sealed class Example
    {
        public VBuffer<float> Features { get; set; }
        public bool Label { get; set; }
        public float Weight { get; set; }
    }

    private static (float[] Weights, float Bias) FitOne(int seed, List<SparseFeatures> features, bool[] positive, int dimension, ThemeTrainingOptions options)
    {
        if (options.Trainer == ThemeTrainerKind.Svm)
            return ThemeSvm.Fit(features, positive, dimension, options.Cost, options.PositiveWeight(positive), options.Iterations, seed);
        var ml = new MLContext(seed);
        var up = (float)options.PositiveWeight(positive);
        var schema = SchemaDefinition.Create(typeof(Example));
        schema[nameof(Example.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        var rows = features.Select((f, i) => new Example
        {
            Features = new VBuffer<float>(dimension, f.Indices.Length, f.Values, f.Indices),
            Label = positive[i],
            Weight = positive[i] ? up : 1f,
        });
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        const string label = nameof(Example.Label), feature = nameof(Example.Features), weight = nameof(Example.Weight);
        var parameters = options.Trainer == ThemeTrainerKind.Sdca
            ? (LinearBinaryModelParameters)ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = label, FeatureColumnName = feature, ExampleWeightColumnName = weight,
                MaximumNumberOfIterations = options.Iterations, L2Regularization = (float)options.L2, NumberOfThreads = 1,
            }).Fit(data).Model.SubModel
            : ml.BinaryClassification.Trainers.AveragedPerceptron(new AveragedPerceptronTrainer.Options
            {
                LabelColumnName = label, FeatureColumnName = feature, NumberOfIterations = options.Iterations,
            }).Fit(data).Model;
        var weights = new float[dimension];
        var i = 0;
        foreach (var w in parameters.Weights) weights[i++] = w;
        return (weights, parameters.Bias);
    }

    /// <summary>The score cut that gives the best F1 on the validation texts; 0 (the classifier's own) when no text has the label.</summary>
    public static float BestThreshold(float[] scores, bool[] truth)
    {
        var total = truth.Count(t => t);
        if (total == 0) return 0;
        var order = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ToArray();
        var (best, bestF1, hits) = (0f, -1.0, 0);
        for (var k = 0; k < order.Length; k++)
        {
            if (truth[order[k]]) hits++;
            var f1 = 2.0 * hits / (k + 1 + total);
            // Cut half-way to the next score so that a text scoring like this one still gets the label.
            var next = k + 1 < order.Length ? scores[order[k + 1]] : scores[order[k]] - 1;
            if (f1 > bestF1 && next < scores[order[k]]) (bestF1, best) = (f1, (scores[order[k]] + next) / 2);
        }
        return best;
    }

    /// <summary>Whether an example is held back to tune thresholds: fixed by the text alone, so repeats stay together.</summary>
    public static bool Validates(string text, double share) => Bucket(text) < share;

    /// <summary>A number in [0, 1) fixed by the text alone.</summary>
    private static double Bucket(string text) => BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0) / (double)uint.MaxValue;

    /// <summary>A fingerprint of the examples, whatever their order.</summary>
    public static string DataVersion(IEnumerable<LabelledText> examples)
    {
        var lines = examples.Select(e => e.Text + "\t" + string.Join(",", e.Labels.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", lines))))[..16];
    }
}
