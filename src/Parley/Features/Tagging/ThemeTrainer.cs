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
/// L2-normalised), then one binary linear classifier per label (one-vs-rest) on the same features. A validation
/// share held back from training tunes each label's threshold for the best F1 on it. Then, unless
/// <see cref="ThemeTrainingOptions.Trees"/> is 0, each label's trees (<see cref="ThemeTreeTrainer"/>) and the blend.
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

        // A fixed, order-independent split: the text decides whether an example validates.
        var (train, validate) = (new List<LabelledText>(), new List<LabelledText>());
        foreach (var e in examples) (Validates(e.Text, options.ValidationShare) ? validate : train).Add(e);
        if (validate.Count == 0 || train.Count == 0) (train, validate) = (examples.ToList(), examples.ToList());

        var ml = new MLContext(seed: 1);
        var featurizer = ml.Transforms.Text.FeaturizeText(ThemeModel.FeatureColumn, Featurisation(options), nameof(ThemeText.Text))
            .Fit(ml.Data.LoadFromEnumerable(train.Select(e => new ThemeText { Text = e.Text }), ThemeModel.InputDefinition()));
        var trainFeatures = ThemeModel.Featurize(ml, featurizer, train.Select(e => e.Text));
        var validateFeatures = ThemeModel.Featurize(ml, featurizer, validate.Select(e => e.Text));
        var allFeatures = options.Refit ? trainFeatures.Concat(validateFeatures).ToList() : trainFeatures;
        var dimension = featurizer.GetOutputSchema(ml.Data.LoadFromEnumerable(Array.Empty<ThemeText>(), ThemeModel.InputDefinition()).Schema)[ThemeModel.FeatureColumn].Type is VectorDataViewType { Size: var size } ? size : 0;
        log?.WriteLine($"  featurised {train.Count:N0} training and {validate.Count:N0} validation texts into {dimension:N0} n-grams in {clock.Elapsed.TotalSeconds:F1} s");

        var trained = new ThemeLabelWeights[labels.Count];
        var firstFit = new ThemeLabelWeights[labels.Count];
        var done = 0;
        Parallel.For(0, labels.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, l =>
        {
            var label = labels[l];
            var positive = train.Select(e => e.Labels.Contains(label, StringComparer.Ordinal)).ToArray();
            var (weights, bias) = FitOne(new MLContext(seed: 1 + l), trainFeatures, positive, dimension, options);
            var scores = validateFeatures.Select(f => f.Dot(weights) + bias).ToArray();
            var truth = validate.Select(e => e.Labels.Contains(label, StringComparer.Ordinal)).ToArray();
            var threshold = BestThreshold(scores, truth);
            firstFit[l] = new ThemeLabelWeights(label, bias, threshold, weights, positive.Count(p => p));
            var examplesSeen = positive.Count(p => p);
            if (options.Refit && !ReferenceEquals(train, validate))
            {
                // The threshold stays the one tuned above; only the weights learn from the held-back share too.
                var all = train.Concat(validate).Select(e => e.Labels.Contains(label, StringComparer.Ordinal)).ToArray();
                (weights, bias) = FitOne(new MLContext(seed: 1 + l), allFeatures, all, dimension, options);
                examplesSeen = all.Count(p => p);
            }
            trained[l] = new ThemeLabelWeights(label, bias, threshold, weights, examplesSeen);
            var n = Interlocked.Increment(ref done);
            if (n % 10 == 0 || n == labels.Count) log?.WriteLine($"  {n}/{labels.Count} labels trained ({clock.Elapsed.TotalSeconds:F0} s)");
        });

        // With a refit the weights have seen the validation share, so its figures are those of the first fit.
        var (micro, macro) = Validation(firstFit, validateFeatures, validate);
        ThemeBlend? blend = null;
        if (options.Trees > 0)
        {
            var trees = new ThemeTrees[labels.Count];
            done = 0;
            Parallel.For(0, labels.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, l =>
            {
                var positive = train.Select(e => e.Labels.Contains(labels[l], StringComparer.Ordinal)).ToArray();
                trees[l] = ThemeTreeTrainer.Train(trainFeatures, positive, firstFit[l].Weights, 1 + l, options);
                var n = Interlocked.Increment(ref done);
                log?.WriteLine($"  trees: label {n} of {labels.Count} ({labels[l]}: {trees[l].Count} trees, {clock.Elapsed.TotalSeconds:F0} s)");
            });
            (blend, micro, macro) = ThemeTreeTrainer.Blend(firstFit, trees, validateFeatures, validate, log);
        }
        var info = new ThemeModelInfo
        {
            TrainedAt = DateTimeOffset.UtcNow,
            DataVersion = DataVersion(examples),
            Version = "",
            Examples = examples.Count,
            Trainer = $"{options.Trainer}, word 1–{options.WordNgrams}-grams + char {options.CharNgrams}-grams, ≤{options.MaxNgrams:N0} each{(options.TfIdf ? ", tf-idf" : "")}{(options.Refit ? ", refit on all after tuning thresholds" : "")}{(blend is null ? "" : $"; blended {blend.LinearWeight:F1} with LightGBM, {options.Trees} trees of {options.TreeLeaves} leaves over {options.TreeNgrams:N0} n-grams a label")}",
            Labels = labels,
            ValidationMicroF1 = micro,
            ValidationMacroF1 = macro,
            TrainedOn = trainedOn,
        };
        info = info with { Version = $"{info.TrainedAt:yyyyMMdd-HHmm}-{info.DataVersion[..8]}" };
        return new ThemeModel(ml, featurizer, trained, info, blend);
    }

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

    private static (float[] Weights, float Bias) FitOne(MLContext ml, List<SparseFeatures> features, bool[] positive, int dimension, ThemeTrainingOptions options)
    {
        var positives = Math.Max(1, positive.Count(p => p));
        var up = (float)Math.Pow((double)(positive.Length - positives) / positives, options.PositiveWeighting);
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
        var parameters = options.Trainer switch
        {
            ThemeTrainerKind.Sdca => ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = label, FeatureColumnName = feature, ExampleWeightColumnName = weight,
                MaximumNumberOfIterations = options.Iterations, L2Regularization = (float)options.L2, NumberOfThreads = 1,
            }).Fit(data).Model.SubModel,
            ThemeTrainerKind.Perceptron => ml.BinaryClassification.Trainers.AveragedPerceptron(new AveragedPerceptronTrainer.Options
            {
                LabelColumnName = label, FeatureColumnName = feature, NumberOfIterations = options.Iterations,
            }).Fit(data).Model,
            _ => ml.BinaryClassification.Trainers.LinearSvm(new LinearSvmTrainer.Options
            {
                LabelColumnName = label, FeatureColumnName = feature, ExampleWeightColumnName = weight, NumberOfIterations = options.Iterations,
            }).Fit(data).Model,
        };
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

    private static (double Micro, double Macro) Validation(ThemeLabelWeights[] labels, List<SparseFeatures> features, List<LabelledText> truth)
    {
        var predicted = features.Select(f => labels.Where(l => f.Dot(l.Weights) + l.Bias >= l.Threshold).Select(l => l.Label).ToList()).ToList();
        var score = ThemeScore.Of(truth.Select(t => t.Labels).ToList(), predicted, labels.Select(l => l.Label).ToList());
        return (score.MicroF1, score.MacroF1);
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
