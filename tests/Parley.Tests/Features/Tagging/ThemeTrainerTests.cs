using System.IO.Compression;
using Parley.Features.Tagging;

namespace Parley.Tests.Features.Tagging;

/// <summary>The ML.NET theme model on a small labelled set: it learns the themes, explains itself and survives saving.</summary>
public class ThemeTrainerTests
{
    private static readonly ThemeTrainingOptions Small = new() { MaxNgrams = 5000, MinExamples = 3, Trees = 0 };
    private static readonly ThemeTrainingOptions WithTrees = Small with { Trees = 20, TreeLeaves = 4 };
    private static readonly string[] Obvious = ["Abolish the death penalty for all crimes", "Build more schools and train teachers", "End violence against women", "Ratify the Convention against Torture"];

    [Fact]
    public void A_model_trained_on_a_small_labelled_set_labels_obvious_cases_and_says_which_words_drove_it()
    {
        var model = ThemeTrainer.Train(ThemeExamples.Examples(), Small);

        Assert.Equal(["Death penalty", "Right to education", "Torture and other CID treatment", "Women's rights"], model.Info.Labels);
        var predicted = model.Predict(["Abolish the death penalty for all crimes", "Build more schools and train teachers", "End violence against women"], explain: true);
        Assert.Equal("Death penalty", predicted[0][0].Label);
        Assert.Equal("Right to education", predicted[1][0].Label);
        Assert.Equal("Women's rights", predicted[2][0].Label);
        Assert.DoesNotContain(predicted[0], p => p.Label == "Right to education");
        Assert.Contains(predicted[0][0].Words, w => w.Contains("death", StringComparison.Ordinal) || w.Contains("penalty", StringComparison.Ordinal));
        Assert.True(predicted[0][0].Score > 0.5);
        WordsOfTheText(["Abolish the death penalty for all crimes", "Build more schools and train teachers", "End violence against women"], predicted);
    }

    /// <summary>What a reader is shown as the words that drove a theme: words of the text itself, never the featuriser's names for its n-grams.</summary>
    private static void WordsOfTheText(IReadOnlyList<string> texts, List<List<ThemePrediction>> predicted)
    {
        for (var i = 0; i < texts.Count; i++)
        {
            var words = texts[i].ToLowerInvariant().Split(' ');
            Assert.All(predicted[i].SelectMany(p => p.Words), shown =>
            {
                var said = shown.ToLowerInvariant().Split(' ');
                Assert.True(Enumerable.Range(0, words.Length - said.Length + 1).Any(k => words.Skip(k).Take(said.Length).SequenceEqual(said)),
                    $"'{shown}' is not a word or words of '{texts[i]}'");
            });
        }
    }

    [Fact]
    public void A_model_tuned_on_folds_learns_from_every_example_while_a_held_back_share_is_never_learnt()
    {
        var examples = ThemeExamples.Examples();
        var deathPenalty = examples.Count(e => e.Labels.Contains("Death penalty"));

        var folds = ThemeTrainer.Train(examples, Small);
        var heldBack = ThemeTrainer.Train(examples, Small with { Folds = 0, ValidationShare = 0.2 });

        Assert.Equal(deathPenalty, folds.Labels.Single(l => l.Label == "Death penalty").TrainingPositives);
        Assert.Contains("thresholds from 4 folds", folds.Info.Trainer, StringComparison.Ordinal);
        Assert.True(heldBack.Labels.Single(l => l.Label == "Death penalty").TrainingPositives < deathPenalty, "the held-back share is not learnt from");
        // Scored only by models that never saw them, the small set's texts are still labelled right.
        Assert.True(folds.Info.ValidationMicroF1 > 0.9, $"held-out micro-F1 {folds.Info.ValidationMicroF1}");
        foreach (var model in new[] { folds, heldBack })
        {
            var predicted = model.Predict(["Abolish the death penalty for all crimes", "Build more schools and train teachers"]);
            Assert.Equal("Death penalty", predicted[0][0].Label);
            Assert.Equal("Right to education", predicted[1][0].Label);
        }
    }

    [Theory]
    [InlineData(ThemeTrainerKind.Svm)]
    [InlineData(ThemeTrainerKind.Perceptron)]
    [InlineData(ThemeTrainerKind.Sdca)]
    public void Every_trainer_learns_the_obvious_cases(ThemeTrainerKind trainer)
    {
        var model = ThemeTrainer.Train(ThemeExamples.Examples(), Small with { Trainer = trainer, Iterations = 20 });

        var predicted = model.Predict(Obvious);

        Assert.Equal(["Death penalty", "Right to education", "Women's rights", "Torture and other CID treatment"], predicted.Select(p => p[0].Label));
        Assert.StartsWith(trainer.ToString(), model.Info.Trainer, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recommendation_that_passes_no_threshold_still_gets_its_single_best_theme()
    {
        var model = ThemeTrainer.Train(ThemeExamples.Examples(), Small);
        // Only the endings every theme shares: the text has n-grams the model knows but matches no theme well.
        const string text = "Report on progress without delay in all provinces";
        var margins = model.Margins([text])[0];
        var best = model.Labels[Array.IndexOf(margins, margins.Max())].Label;

        var predicted = model.Predict([text]);

        Assert.All(margins, m => Assert.True(m < 0, $"margin {m}: the text should pass no threshold for this test to mean anything"));
        Assert.Equal([best], predicted[0].Select(p => p.Label));
        Assert.True(predicted[0][0].Score < 0.5, "a forced theme scores below one that passed its threshold");
    }

    [Fact]
    public void A_saved_model_reads_back_with_the_same_predictions_and_version()
    {
        var model = ThemeTrainer.Train(ThemeExamples.Examples(), Small);
        using var stream = new MemoryStream(model.ToBytes());

        var loaded = ThemeModel.Load(stream, "test");

        Assert.Equal(model.Info.Version, loaded.Info.Version);
        Assert.Equal(ThemeTrainer.DataVersion(ThemeExamples.Examples()), loaded.Info.DataVersion);
        string[] texts = ["Ratify the Convention against Torture", "Abolish executions"];
        Assert.Equal(model.Predict(texts).Select(p => p[0].Label), loaded.Predict(texts).Select(p => p[0].Label));
    }

    [Fact]
    public void Something_that_is_not_a_model_is_refused_with_its_name()
    {
        using var stream = new MemoryStream("not a model"u8.ToArray());
        var error = Assert.Throws<UserError>(() => ThemeModel.Load(stream, "notes.txt"));
        Assert.StartsWith("notes.txt: not a Parley theme model", error.Message);
    }

    [Fact]
    public void The_shipped_model_knows_the_UPR_Info_labels_and_tags_without_training()
    {
        var model = ThemeModels.Shipped;

        Assert.True(model.Labels.Count >= 50, $"{model.Labels.Count} labels");
        Assert.Contains("Freedom of opinion and expression", model.Info.Labels);
        var predicted = model.Predict(["Release journalists and bloggers detained for expressing their opinions online"]);
        Assert.Contains(predicted[0], p => p.Label == "Freedom of opinion and expression");
    }

    [Fact]
    public void A_model_trained_with_trees_blends_them_in_and_labels_obvious_cases()
    {
        var model = ThemeTrainer.Train(ThemeExamples.Examples(), WithTrees);

        Assert.NotNull(model.Blend);
        Assert.All(model.Blend.Trees, t => Assert.Equal(20, t.Count));
        Assert.Contains("LightGBM", model.Info.Trainer, StringComparison.Ordinal);
        var predicted = model.Predict(Obvious, explain: true);
        Assert.Equal(["Death penalty", "Right to education", "Women's rights", "Torture and other CID treatment"], predicted.Select(p => p[0].Label));
        Assert.True(predicted[0][0].Score > 0.5);
        Assert.Contains(predicted[0][0].Words, w => w.Contains("death", StringComparison.Ordinal) || w.Contains("penalty", StringComparison.Ordinal));
        WordsOfTheText(Obvious, predicted);
        // The margins are the blend's: positive exactly for the labels predicted.
        var margins = model.Margins(Obvious);
        for (var i = 0; i < Obvious.Length; i++)
            Assert.Equal(model.Labels.Where((_, l) => margins[i][l] >= 0).Select(l => l.Label).Order(), predicted[i].Select(p => p.Label).Order());
    }

    [Fact]
    public void A_saved_model_with_trees_reads_back_with_identical_predictions()
    {
        var model = ThemeTrainer.Train(ThemeExamples.Examples(), WithTrees);
        var bytes = model.ToBytes();

        var loaded = ThemeModel.Load(new MemoryStream(bytes), "test");
        var again = ThemeModel.Load(new MemoryStream(loaded.ToBytes()), "test");

        Assert.NotNull(loaded.Blend);
        Assert.Equal(model.Blend!.LinearWeight, loaded.Blend.LinearWeight);
        Assert.Equal(model.Blend.Thresholds, loaded.Blend.Thresholds);
        string[] texts = [.. Obvious, "Report on progress without delay in all provinces", "Abolish executions"];
        // The weights are saved in half precision, so scores move in the last digits; the labels do not.
        var (before, after) = (model.Predict(texts), loaded.Predict(texts));
        Assert.Equal(before.Select(p => string.Join(",", p.Select(x => x.Label))), after.Select(p => string.Join(",", p.Select(x => x.Label))));
        Assert.Equal(before.SelectMany(p => p.Select(x => x.Score)), after.SelectMany(p => p.Select(x => x.Score)), (x, y) => Math.Abs(x - y) < 0.01);
        // Once saved, it is what it is: read and written again, it scores the same to the last bit.
        Assert.Equal(after.SelectMany(p => p.Select(x => x.Score)), again.Predict(texts).SelectMany(p => p.Select(x => x.Score)));
    }

    [Fact]
    public void A_model_with_a_damaged_trees_entry_is_refused_with_its_name()
    {
        var bytes = ThemeTrainer.Train(ThemeExamples.Examples(), WithTrees).ToBytes();
        byte[] Damaged(Func<byte[], byte[]> damage)
        {
            using var stream = new MemoryStream();
            stream.Write(bytes);
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
            {
                var entry = zip.GetEntry("trees.bin")!;
                byte[] trees;
                using (var read = new MemoryStream())
                {
                    using (var open = entry.Open()) open.CopyTo(read);
                    trees = read.ToArray();
                }
                entry.Delete();
                using var write = zip.CreateEntry("trees.bin").Open();
                write.Write(damage(trees));
            }
            return stream.ToArray();
        }

        foreach (var damaged in new[]
        {
            Damaged(t => t[..(t.Length / 2)]),                              // cut short
            Damaged(t => { var c = (byte[])t.Clone(); c[0] = 9; return c; }), // the label count
            Damaged(t => [.. t, 1]),                                         // a byte too many
        })
        {
            var error = Assert.Throws<UserError>(() => ThemeModel.Load(new MemoryStream(damaged), "themes.model"));
            Assert.StartsWith("themes.model: not a Parley theme model", error.Message);
        }
    }

    [Fact]
    public void A_model_file_without_trees_still_loads_as_linear_only()
    {
        var linear = ThemeTrainer.Train(ThemeExamples.Examples(), Small);
        using (var zip = new ZipArchive(new MemoryStream(linear.ToBytes())))
            Assert.Null(zip.GetEntry("trees.bin"));

        var loaded = ThemeModel.Load(new MemoryStream(linear.ToBytes()), "old.model");

        Assert.Null(loaded.Blend);
        Assert.Equal(linear.Predict(Obvious).Select(p => p[0].Label), loaded.Predict(Obvious).Select(p => p[0].Label));
    }
}
