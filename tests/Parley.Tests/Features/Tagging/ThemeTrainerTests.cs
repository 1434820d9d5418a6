using Parley.Features.Tagging;

namespace Parley.Tests.Features.Tagging;

/// <summary>The ML.NET theme model on a small labelled set: it learns the themes, explains itself and survives saving.</summary>
public class ThemeTrainerTests
{
    private static readonly ThemeTrainingOptions Small = new() { Trainer = ThemeTrainerKind.Perceptron, MaxNgrams = 5000, MinExamples = 3, ValidationShare = 0.2 };

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
    }

    [Fact]
    public void A_model_refit_after_tuning_learns_from_the_held_back_share_too_and_keeps_labelling_obvious_cases()
    {
        var examples = ThemeExamples.Examples();
        var first = ThemeTrainer.Train(examples, Small);

        var refit = ThemeTrainer.Train(examples, Small with { Refit = true });

        var deathPenalty = examples.Count(e => e.Labels.Contains("Death penalty"));
        Assert.Equal(deathPenalty, refit.Labels.Single(l => l.Label == "Death penalty").TrainingPositives);
        Assert.True(first.Labels.Single(l => l.Label == "Death penalty").TrainingPositives < deathPenalty, "the first fit holds some examples back");
        Assert.Contains("refit", refit.Info.Trainer, StringComparison.Ordinal);
        var predicted = refit.Predict(["Abolish the death penalty for all crimes", "Build more schools and train teachers"]);
        Assert.Equal("Death penalty", predicted[0][0].Label);
        Assert.Equal("Right to education", predicted[1][0].Label);
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
}
