using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Parley.Features.Tagging;

namespace Parley.Bench;

/// <summary>
/// A second stage on label co-occurrence (stacking), measured in the benchmark: each label gets a logistic
/// regression over all labels' first-stage scores, so that e.g. "Development" can lean on "Poverty" and
/// "ESC rights - general". The second stage learns from honest scores: out-of-fold scores of the training share
/// (K first-stage models, each trained without one fold), then its thresholds are tuned on the validation share
/// scored by the first-stage model trained on the whole training share. Also compares threshold strategies.
/// </summary>
public static class TaggingStacking
{
    private sealed class Row
    {
        public VBuffer<float> Features { get; set; }
        public bool Label { get; set; }
    }

    public static void Run(ThemeModel model, List<LabelledText> train, List<LabelledText> test, ThemeTrainingOptions options, int folds)
    {
        var labels = model.Labels.Select(l => l.Label).ToList();
        var fit = train.Where(e => !ThemeTrainer.Validates(e.Text, options.ValidationShare)).ToList();
        var validate = train.Where(e => ThemeTrainer.Validates(e.Text, options.ValidationShare)).ToList();
        var clock = Stopwatch.StartNew();

        // Out-of-fold first-stage scores of the training share.
        var oof = new float[fit.Count][];
        var foldValidate = new List<float[][]>();
        var foldTest = new List<float[][]>();
        for (var f = 0; f < folds; f++)
        {
            var inFold = fit.Select(e => Fold(e.Text, folds) == f).ToArray();
            var foldModel = ThemeTrainer.Train(fit.Where((_, i) => !inFold[i]).ToList(), options with { ValidationShare = 0 }, "fold");
            var held = Enumerable.Range(0, fit.Count).Where(i => inFold[i]).ToList();
            var scores = Scores(foldModel, held.Select(i => fit[i].Text).ToList(), labels);
            for (var j = 0; j < held.Count; j++) oof[held[j]] = scores[j];
            foldValidate.Add(Scores(foldModel, validate.Select(e => e.Text).ToList(), labels));
            foldTest.Add(Scores(foldModel, test.Select(e => e.Text).ToList(), labels));
            Console.WriteLine($"  stacking: fold {f + 1}/{folds} scored ({clock.Elapsed.TotalSeconds:F0} s)");
        }
        var validateScores = Scores(model, validate.Select(e => e.Text).ToList(), labels);
        var testScores = Scores(model, test.Select(e => e.Text).ToList(), labels);

        // First stage alone, three threshold strategies (all chosen on the validation share).
        var firstThresholds = Thresholds(validateScores, validate, labels);
        Report("first stage, per-label thresholds, at least one label", validateScores, testScores, firstThresholds, validate, test, labels, force: true);
        Report("first stage, per-label thresholds, none forced", validateScores, testScores, firstThresholds, validate, test, labels, force: false);
        var global = GlobalThreshold(validateScores, validate, labels, firstThresholds);
        Report($"first stage, one offset {global:F2} on the per-label thresholds tuned for micro-F1", validateScores, testScores, firstThresholds.Select(t => t + global).ToArray(), validate, test, labels, force: true);

        // Second stage: per label, logistic regression over all first-stage scores.
        var second = new (float[] W, float B)[labels.Count];
        Parallel.For(0, labels.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, l =>
        {
            var ml = new MLContext(seed: 1 + l);
            var schema = SchemaDefinition.Create(typeof(Row));
            schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, labels.Count);
            var data = ml.Data.LoadFromEnumerable(fit.Select((e, i) => new Row { Features = new VBuffer<float>(labels.Count, oof[i]), Label = e.Labels.Contains(labels[l]) }), schema);
            var m = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(Row.Label), FeatureColumnName = nameof(Row.Features), L2Regularization = 1f, NumberOfThreads = 1,
            }).Fit(data).Model.SubModel;
            second[l] = (m.Weights.ToArray(), m.Bias);
        });
        // The fold models' mean score on the validation and test texts: the same scale as the out-of-fold scores.
        float[][] Mean(List<float[][]> all) => all[0].Select((_, i) => all[0][i].Select((_, l) => all.Average(a => a[i][l])).ToArray()).ToArray();
        var (meanValidate, meanTest) = (Mean(foldValidate), Mean(foldTest));
        Report("first stage, mean of the fold models", meanValidate, meanTest, Thresholds(meanValidate, validate, labels), validate, test, labels, force: true);
        float[][] Stack(float[][] s) => s.Select(x => second.Select(p => p.B + x.Select((v, j) => v * p.W[j]).Sum()).ToArray()).ToArray();
        var (v2, t2) = (Stack(validateScores), Stack(testScores));
        var secondThresholds = Thresholds(v2, validate, labels);
        Console.WriteLine($"  stacking: second stage trained ({clock.Elapsed.TotalSeconds:F0} s)");
        Report("second stage (stacked), per-label thresholds, at least one label", v2, t2, secondThresholds, validate, test, labels, force: true);
        var global2 = GlobalThreshold(v2, validate, labels, secondThresholds);
        Report($"second stage, one offset {global2:F2} for micro-F1", v2, t2, secondThresholds.Select(t => t + global2).ToArray(), validate, test, labels, force: true);
        var (mv2, mt2) = (Stack(meanValidate), Stack(meanTest));
        Report("second stage on the fold models' mean scores", mv2, mt2, Thresholds(mv2, validate, labels), validate, test, labels, force: true);
        Report("second stage on the fold models' mean scores, none forced", mv2, mt2, Thresholds(mv2, validate, labels), validate, test, labels, force: false);
        foreach (var a in new[] { 0.3, 0.5, 0.7 })
        {
            // Blend: the first stage's own score for the label, and the second stage's, as probabilities.
            float[][] Blend(float[][] one, float[][] two) => one.Select((x, i) => x.Select((v, l) => (float)(a * Sigmoid(v) + (1 - a) * Sigmoid(two[i][l]))).ToArray()).ToArray();
            var (bv, bt) = (Blend(validateScores, v2), Blend(testScores, t2));
            Report($"blend {a:F1}·first + {1 - a:F1}·second", bv, bt, Thresholds(bv, validate, labels), validate, test, labels, force: true);
        }
    }

    private static double Sigmoid(float x) => 1 / (1 + Math.Exp(-x));

    private static float[][] Scores(ThemeModel model, List<string> texts, List<string> labels)
    {
        var index = labels.Select(l => model.Labels.ToList().FindIndex(m => m.Label == l)).ToArray();
        return model.Margins(texts).Select(m => index.Select(i => i < 0 ? -10f : m[i] + model.Labels[i].Threshold).ToArray()).ToArray();
    }

    private static float[] Thresholds(float[][] scores, List<LabelledText> truth, List<string> labels) =>
        labels.Select((l, j) => ThemeTrainer.BestThreshold(scores.Select(s => s[j]).ToArray(), truth.Select(e => e.Labels.Contains(l)).ToArray())).ToArray();

    /// <summary>One offset added to every label's threshold, the best for micro-F1 on the validation share.</summary>
    private static float GlobalThreshold(float[][] scores, List<LabelledText> truth, List<string> labels, float[] thresholds)
    {
        var (best, bestF1) = (0f, -1.0);
        for (var o = -1.0f; o <= 1.0f; o += 0.05f)
        {
            var f1 = Evaluate(scores, truth, labels, thresholds.Select(t => t + o).ToArray(), true).MicroF1;
            if (f1 > bestF1) (best, bestF1) = (o, f1);
        }
        return best;
    }

    private static void Report(string name, float[][] validateScores, float[][] testScores, float[] thresholds, List<LabelledText> validate, List<LabelledText> test, List<string> labels, bool force)
    {
        var v = Evaluate(validateScores, validate, labels, thresholds, force);
        var t = Evaluate(testScores, test, labels, thresholds, force);
        Console.WriteLine($"  {name}: validation micro {v.MicroF1:F3} macro {v.MacroF1:F3}; sessions 14–17 micro {t.MicroF1:F3} macro {t.MacroF1:F3}");
    }

    private static ThemeScore Evaluate(float[][] scores, List<LabelledText> truth, List<string> labels, float[] thresholds, bool force)
    {
        var predicted = scores.Select(s =>
        {
            var found = Enumerable.Range(0, labels.Count).Where(l => s[l] >= thresholds[l]).Select(l => labels[l]).ToList();
            if (force && found.Count == 0) found.Add(labels[Enumerable.Range(0, labels.Count).MaxBy(l => s[l] - thresholds[l])]);
            return found;
        }).ToList();
        return ThemeScore.Of(truth.Select(t => t.Labels).ToList(), predicted, labels);
    }

    private static int Fold(string text, int folds) => (int)(BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 4) % (uint)folds);
}
