using System.Diagnostics;
using System.Globalization;
using Parley.Features.Import;
using Parley.Features.Tagging;

namespace Parley.Bench;

/// <summary>
/// Theme tagging measured on sessions it never saw: trains on UPR Info sessions 1–13, scores sessions 14–17
/// (micro- and macro-F1, per-label precision and recall), times training and prediction, and scores a keyword
/// baseline on the same rows. Not a BenchmarkDotNet run: one training is minutes, so it is timed once.
/// dotnet run -c Release --project bench/Parley.Bench -- tagging [--data DIR] [--trainer Sdca|Perceptron|Svm]
///   [--words N] [--chars N] [--max N] [--weighting X] [--iterations N] [--l2 X] [--cost X] [--tfidf | --tf (counts only)] [--folds N] [--validation X] [--labels] [--knn K] [--stack K] (these two with --folds 0: they split off the validation share themselves) [--trees N (0 = linear only)] [--leaves N] [--boost K (n-grams a label's trees see)] [--normalise] [--meta]
/// </summary>
public static class TaggingBenchmark
{
    public static int Run(string[] args)
    {
        string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        double Number(string name, double fallback) => double.Parse(Arg(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        var defaults = new ThemeTrainingOptions();
        var options = defaults with
        {
            Trainer = Enum.Parse<ThemeTrainerKind>(Arg("--trainer", defaults.Trainer.ToString()), ignoreCase: true),
            WordNgrams = (int)Number("--words", defaults.WordNgrams),
            CharNgrams = (int)Number("--chars", defaults.CharNgrams),
            MaxNgrams = (int)Number("--max", defaults.MaxNgrams),
            PositiveWeighting = Number("--weighting", defaults.PositiveWeighting),
            Iterations = (int)Number("--iterations", defaults.Iterations),
            L2 = Number("--l2", defaults.L2),
            Cost = Number("--cost", defaults.Cost),
            TfIdf = !args.Contains("--tf") && (defaults.TfIdf || args.Contains("--tfidf")),
            Folds = (int)Number("--folds", defaults.Folds),
            ValidationShare = Number("--validation", defaults.ValidationShare),
            Trees = (int)Number("--trees", defaults.Trees),
            TreeLeaves = (int)Number("--leaves", defaults.TreeLeaves),
            TreeNgrams = (int)Number("--boost", defaults.TreeNgrams),
        };
        var data = Arg("--data", Path.Combine(FindRepo(), "..", "shared", "data", "upr-info-2008-2014"));
        var rows = UprFiles.Read(new[] { "sessions-01-05.csv", "sessions-06-09.csv", "sessions-10-13.csv", "sessions-14-17.csv" }.Select(f => Path.Combine(data, f)));
        Func<string, string> clean = args.Contains("--normalise") ? TaggingNormalisation.Normalise : t => t;
        // --meta: the recommending state and the action category (1–5) as extra words, which a hand-entered recommendation also has.
        Func<UprRow, string> input = args.Contains("--meta")
            ? r => $"{clean(r.Text)} zzfrom{new string(r.From.Where(char.IsLetter).ToArray()).ToLowerInvariant()} zzaction{r.ActionCategory}"
            : r => clean(r.Text);
        var train = rows.Where(r => r.Session <= 13).Select(r => new LabelledText(input(r), r.Issues)).ToList();
        var test = rows.Where(r => r.Session >= 14).Select(r => new LabelledText(input(r), r.Issues)).ToList();
        Console.WriteLine($"theme tagging: {train.Count:N0} recommendations of sessions 1–13 to train, {test.Count:N0} of sessions 14–17 to test");
        Console.WriteLine($"options: {options}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores; load {File.ReadAllText("/proc/loadavg").Trim()}");

        var clock = Stopwatch.StartNew();
        var model = ThemeTrainer.Train(train, options, "bench", Console.Out);
        var trainSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"trained in {trainSeconds:F1} s; validation micro-F1 {model.Info.ValidationMicroF1:F3}, macro-F1 {model.Info.ValidationMacroF1:F3}; model {model.ToBytes().Length / 1024.0:N0} KiB");

        var texts = test.Select(t => t.Text).ToList();
        model.Predict(texts.Take(200).ToList());
        clock.Restart();
        var predicted = model.Predict(texts);
        var batchRate = texts.Count / clock.Elapsed.TotalSeconds;
        clock.Restart();
        var one = 0;
        foreach (var text in texts.Take(1000)) one += model.Predict([text]).Count;
        var singleRate = one / clock.Elapsed.TotalSeconds;
        var labels = model.Labels.Select(l => l.Label).ToList();
        var truth = test.Select(t => t.Labels).ToList();
        var score = ThemeScore.Of(truth, predicted.Select(p => p.Select(x => x.Label).ToList()).ToList(), labels);
        var baseline = ThemeScore.Of(truth, texts.Select(KeywordBaseline(labels)).ToList(), labels);
        Console.WriteLine($"sessions 14–17: micro-F1 {score.MicroF1:F3}, macro-F1 {score.MacroF1:F3} (keyword baseline {baseline.MicroF1:F3} / {baseline.MacroF1:F3})");
        Console.WriteLine($"prediction: {batchRate:N0} recommendations/s in one batch, {singleRate:N0}/s one at a time");
        if (args.Contains("--labels"))
        {
            Console.WriteLine("| label | test rows | precision | recall | F1 | keyword F1 |");
            Console.WriteLine("|---|--:|--:|--:|--:|--:|");
            foreach (var (l, b) in score.PerLabel.Zip(baseline.PerLabel).OrderByDescending(p => p.First.Support))
                Console.WriteLine($"| {l.Label} | {l.Support:N0} | {l.Precision:F2} | {l.Recall:F2} | {l.F1:F2} | {b.F1:F2} |");
        }
        if (args.Contains("--stack")) TaggingStacking.Run(model, train, test, options, (int)Number("--stack", 3));
        if (args.Contains("--knn")) Neighbours(model, train, test, options, (int)Number("--knn", TaggingNeighbours.DefaultK));
        Console.WriteLine($"load after: {File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;
    }

    /// <summary>
    /// Nearest neighbours alone and blended with the linear model: for each blend weight a, a label's score is
    /// a·logistic(linear margin) + (1 − a)·neighbour vote; per-label thresholds and a are chosen on the validation
    /// share of sessions 1–13 (neighbours drawn from the rest of 1–13), then applied to sessions 14–17 with
    /// neighbours drawn from all of 1–13.
    /// </summary>
    private static void Neighbours(ThemeModel model, List<LabelledText> train, List<LabelledText> test, ThemeTrainingOptions options, int k)
    {
        var labels = model.Labels.Select(l => l.Label).ToList();
        var fit = train.Where(e => !ThemeTrainer.Validates(e.Text, options.ValidationShare)).ToList();
        var validate = train.Where(e => ThemeTrainer.Validates(e.Text, options.ValidationShare)).ToList();
        var clock = Stopwatch.StartNew();
        var knnValidate = new TaggingNeighbours(fit, labels, k).Scores(validate.Select(e => e.Text).ToList());
        var all = new TaggingNeighbours(train, labels, k);
        var built = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var knnTest = all.Scores(test.Select(e => e.Text).ToList());
        Console.WriteLine($"neighbours (k = {k}): index of {train.Count:N0} built in {built:F1} s (with the validation one); {test.Count / clock.Elapsed.TotalSeconds:N0} texts/s");
        var linValidate = model.Margins(validate.Select(e => e.Text).ToList());
        var linTest = model.Margins(test.Select(e => e.Text).ToList());
        var (best, bestScore) = (-1.0, -1.0);
        foreach (var a in new[] { 0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0 })
        {
            float[][] Blend(float[][] lin, float[][] knn) => lin.Select((m, i) => m.Select((x, l) => (float)(a / (1 + Math.Exp(-x)) + (1 - a) * knn[i][l])).ToArray()).ToArray();
            var (bv, bt) = (Blend(linValidate, knnValidate), Blend(linTest, knnTest));
            var thresholds = labels.Select((_, l) => ThemeTrainer.BestThreshold(bv.Select(s => s[l]).ToArray(), validate.Select(e => e.Labels.Contains(labels[l])).ToArray())).ToArray();
            var v = Evaluate(bv, validate, labels, thresholds);
            var t = Evaluate(bt, test, labels, thresholds);
            Console.WriteLine($"  a = {a:F1}: validation micro {v.MicroF1:F3} macro {v.MacroF1:F3}; sessions 14–17 micro {t.MicroF1:F3} macro {t.MacroF1:F3}");
            if (v.MicroF1 + v.MacroF1 > bestScore) (best, bestScore) = (a, v.MicroF1 + v.MacroF1);
        }
        Console.WriteLine($"  chosen on validation: a = {best:F1}");
    }

    internal static ThemeScore Evaluate(float[][] scores, List<LabelledText> truth, List<string> labels, float[] thresholds)
    {
        var predicted = scores.Select(s =>
        {
            var found = Enumerable.Range(0, labels.Count).Where(l => s[l] >= thresholds[l]).Select(l => labels[l]).ToList();
            if (found.Count == 0) found.Add(labels[Enumerable.Range(0, labels.Count).MaxBy(l => s[l] - thresholds[l])]);
            return found;
        }).ToList();
        return ThemeScore.Of(truth.Select(t => t.Labels).ToList(), predicted, labels);
    }

    /// <summary>The simple baseline: a label when the text has a distinctive word of the label's or its issue areas' names.</summary>
    private static Func<string, List<string>> KeywordBaseline(IReadOnlyList<string> labels)
    {
        var mapping = ImportMapping.UprDefault();
        var areaNames = mapping.IssueAreas.ToDictionary(a => a.Key, a => a.Name);
        string[] common = ["rights", "right", "general", "other", "human", "persons", "treatment", "process", "international", "national", "cooperation", "against", "their"];
        var keywords = labels.ToDictionary(l => l, l =>
            (l + " " + string.Join(" ", (mapping.Issues.GetValueOrDefault(l) ?? []).Select(k => areaNames.GetValueOrDefault(k, k))))
            .ToLowerInvariant().Split([' ', '-', ',', '\'', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && !common.Contains(w)).Select(w => w.Length > 6 ? w[..6] : w).Distinct().ToArray());
        return text =>
        {
            var lower = text.ToLowerInvariant();
            return labels.Where(l => keywords[l].Any(k => lower.Contains(k, StringComparison.Ordinal))).ToList();
        };
    }

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
