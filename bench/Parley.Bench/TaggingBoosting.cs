using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using Parley.Features.Tagging;

namespace Parley.Bench;

/// <summary>
/// Gradient-boosted trees (LightGBM, one binary per label) over each label's n-grams that the linear first stage
/// gave a weight, measured alone and blended with the linear scores. Trees can learn interactions (a word counts
/// for a label only with or without another) that a linear model cannot. The trees learn on the same training share
/// as the linear model; their thresholds and the blend weight are chosen on the validation share, then sessions
/// 14–17 are scored. One thread for LightGBM, one label at a time: the machine is shared.
/// </summary>
public static class TaggingBoosting
{
    private sealed class Row
    {
        public VBuffer<float> Features { get; set; }
        public bool Label { get; set; }
        public float Weight { get; set; }
    }

    public static void Run(ThemeModel model, List<LabelledText> train, List<LabelledText> test, ThemeTrainingOptions options, int keep, int trees, int leaves)
    {
        var labels = model.Labels.Select(l => l.Label).ToList();
        var fit = train.Where(e => !ThemeTrainer.Validates(e.Text, options.ValidationShare)).ToList();
        var validate = train.Where(e => ThemeTrainer.Validates(e.Text, options.ValidationShare)).ToList();
        var clock = Stopwatch.StartNew();
        var (fitF, validateF, testF) = (model.Featurize(fit.Select(e => e.Text)), model.Featurize(validate.Select(e => e.Text)), model.Featurize(test.Select(e => e.Text)));
        float[][] Linear(List<SparseFeatures> f) => f.Select(x => model.Labels.Select(l => x.Dot(l.Weights) + l.Bias).ToArray()).ToArray();
        var (linValidate, linTest) = (Linear(validateF), Linear(testF));
        var boostValidate = validate.Select(_ => new float[labels.Count]).ToArray();
        var boostTest = test.Select(_ => new float[labels.Count]).ToArray();
        var predictSeconds = 0.0;
        var ensembles = new (RegressionTreeEnsemble Trees, int[] Features)[labels.Count];
        for (var l = 0; l < labels.Count; l++)
        {
            // The label's features: the `keep` n-grams with the largest linear weight (in size), renumbered 0..k-1.
            var w = model.Labels[l].Weights;
            var chosen = Enumerable.Range(0, w.Length).Where(j => w[j] != 0).OrderByDescending(j => Math.Abs(w[j])).Take(keep).Order().ToArray();
            var map = new Dictionary<int, int>(chosen.Length);
            for (var j = 0; j < chosen.Length; j++) map[chosen[j]] = j;
            var ml = new MLContext(seed: 1 + l);
            var schema = SchemaDefinition.Create(typeof(Row));
            schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, Math.Max(1, chosen.Length));
            VBuffer<float> Project(SparseFeatures f)
            {
                var (idx, val) = (new List<int>(), new List<float>());
                for (var i = 0; i < f.Indices.Length; i++)
                    if (map.TryGetValue(f.Indices[i], out var j)) { idx.Add(j); val.Add(f.Values[i]); }
                return new VBuffer<float>(Math.Max(1, chosen.Length), idx.Count, val.ToArray(), idx.ToArray());
            }
            var positive = fit.Select(e => e.Labels.Contains(labels[l])).ToArray();
            var positives = Math.Max(1, positive.Count(p => p));
            var up = (float)Math.Pow((double)(positive.Length - positives) / positives, options.PositiveWeighting);
            var data = ml.Data.LoadFromEnumerable(fitF.Select((f, i) => new Row { Features = Project(f), Label = positive[i], Weight = positive[i] ? up : 1f }).ToList(), schema);
            var trained = ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
            {
                LabelColumnName = nameof(Row.Label), FeatureColumnName = nameof(Row.Features), ExampleWeightColumnName = nameof(Row.Weight),
                NumberOfIterations = trees, NumberOfLeaves = leaves, LearningRate = 0.1, MinimumExampleCountPerLeaf = 10,
                NumberOfThreads = 1, Seed = 1 + l, Verbose = false, Silent = true,
            }).Fit(data);
            var started = clock.Elapsed.TotalSeconds;
            Score(ml, trained, validateF.Select(Project), schema, boostValidate, l);
            Score(ml, trained, testF.Select(Project), schema, boostTest, l);
            predictSeconds += clock.Elapsed.TotalSeconds - started;
            ensembles[l] = (trained.Model.SubModel.TrainedTreeEnsemble, chosen);
            if ((l + 1) % 10 == 0 || l + 1 == labels.Count) Console.WriteLine($"  boosting: {l + 1}/{labels.Count} labels ({clock.Elapsed.TotalSeconds:F0} s)");
        }
        Console.WriteLine($"  boosting: {keep} n-grams a label, {trees} trees of {leaves} leaves; trained in {clock.Elapsed.TotalSeconds - predictSeconds:F0} s; "
            + $"trees alone score {(validate.Count + test.Count) / predictSeconds:N0} texts/s (featurising and the linear model not counted)");
        Direct(ensembles, testF, boostTest, model.FeatureCount);
        Blends("σ(linear margin)", linValidate, linTest, boostValidate, boostTest, validate, test, labels);
        // The linear margins can be large enough for σ to round to 1 in single precision, which ties the texts it
        // is surest of; divided by each label's spread on the validation share they stay apart.
        var spread = labels.Select((_, j) => (float)Math.Max(1e-6, StandardDeviation(linValidate.Select(s => s[j])))).ToArray();
        float[][] Scaled(float[][] lin) => lin.Select(m => m.Select((x, j) => x / spread[j]).ToArray()).ToArray();
        Blends("σ(linear margin / its spread)", Scaled(linValidate), Scaled(linTest), boostValidate, boostTest, validate, test, labels);
    }

    /// <summary>
    /// The trees read out of ML.NET into plain arrays and scored on the sparse n-grams directly, as a shipped model
    /// would: how fast, and whether the scores are ML.NET's own.
    /// </summary>
    private static void Direct((RegressionTreeEnsemble Trees, int[] Features)[] ensembles, List<SparseFeatures> texts, float[][] expected, int dimension)
    {
        var flat = ensembles.Select(e => (e.Trees.Bias, Trees: e.Trees.Trees.Select((t, k) => (Weight: e.Trees.TreeWeights[k],
            Left: t.LeftChild.ToArray(), Right: t.RightChild.ToArray(), Feature: t.NumericalSplitFeatureIndexes.Select(f => e.Features[f]).ToArray(),
            Cut: t.NumericalSplitThresholds.ToArray(), Leaf: t.LeafValues.ToArray())).ToArray())).ToArray();
        var dense = new float[dimension];
        var scores = new float[ensembles.Length];
        var worst = 0.0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < texts.Count; i++)
        {
            var f = texts[i];
            for (var k = 0; k < f.Indices.Length; k++) dense[f.Indices[k]] = f.Values[k];
            for (var l = 0; l < flat.Length; l++)
            {
                var sum = flat[l].Bias;
                foreach (var t in flat[l].Trees)
                {
                    var node = 0;
                    while (node >= 0) node = dense[t.Feature[node]] <= t.Cut[node] ? t.Left[node] : t.Right[node];
                    sum += t.Weight * t.Leaf[~node];
                }
                scores[l] = (float)sum;
            }
            for (var k = 0; k < f.Indices.Length; k++) dense[f.Indices[k]] = 0;
            for (var l = 0; l < flat.Length; l++) worst = Math.Max(worst, Math.Abs(scores[l] - expected[i][l]));
        }
        Console.WriteLine($"  trees read out and scored directly: {texts.Count / clock.Elapsed.TotalSeconds:N0} texts/s (one thread, featurising not counted); largest difference from ML.NET's score {worst:G3}");
    }

    private static double StandardDeviation(IEnumerable<float> values)
    {
        var v = values.Select(x => (double)x).ToArray();
        var mean = v.Average();
        return Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / v.Length);
    }

    private static void Blends(string name, float[][] linValidate, float[][] linTest, float[][] boostValidate, float[][] boostTest, List<LabelledText> validate, List<LabelledText> test, List<string> labels)
    {
        Console.WriteLine($"  blends with {name}:");
        var (best, bestScore) = (-1.0, -1.0);
        foreach (var a in new[] { 0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0 })
        {
            // a = 1: the linear model alone (thresholds re-tuned on the same validation share), a = 0: the trees alone.
            float[][] Blend(float[][] lin, float[][] boost) => lin.Select((m, i) => m.Select((x, j) => (float)(a * Sigmoid(x) + (1 - a) * Sigmoid(boost[i][j]))).ToArray()).ToArray();
            var (bv, bt) = (Blend(linValidate, boostValidate), Blend(linTest, boostTest));
            var thresholds = labels.Select((_, j) => ThemeTrainer.BestThreshold(bv.Select(s => s[j]).ToArray(), validate.Select(e => e.Labels.Contains(labels[j])).ToArray())).ToArray();
            var v = TaggingBenchmark.Evaluate(bv, validate, labels, thresholds);
            var t = TaggingBenchmark.Evaluate(bt, test, labels, thresholds);
            Console.WriteLine($"  a = {a:F1}·linear + {1 - a:F1}·trees: validation micro {v.MicroF1:F3} macro {v.MacroF1:F3}; sessions 14–17 micro {t.MicroF1:F3} macro {t.MacroF1:F3}");
            if (v.MicroF1 + v.MacroF1 > bestScore) (best, bestScore) = (a, v.MicroF1 + v.MacroF1);
        }
        Console.WriteLine($"  chosen on validation: a = {best:F1}");
    }

    private static void Score(MLContext ml, ITransformer trained, IEnumerable<VBuffer<float>> rows, SchemaDefinition schema, float[][] into, int label)
    {
        var view = trained.Transform(ml.Data.LoadFromEnumerable(rows.Select(r => new Row { Features = r }), schema));
        var column = view.Schema["Score"];
        using var cursor = view.GetRowCursor([column]);
        var getter = cursor.GetGetter<float>(column);
        var (i, score) = (0, 0f);
        while (cursor.MoveNext()) { getter(ref score); into[i++][label] = score; }
    }

    private static double Sigmoid(float x) => 1 / (1 + Math.Exp(-x));
}
