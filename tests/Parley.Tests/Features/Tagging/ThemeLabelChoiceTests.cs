using Parley.Features.Tagging;

namespace Parley.Tests.Features.Tagging;

/// <summary>Which labels a text gets from its margins, and which labels stand alone.</summary>
public class ThemeLabelChoiceTests
{
    // Labels 0 and 1 are ordinary; 2 ("General") and 3 ("Other") stand alone.
    private static readonly bool[] Alone = [false, false, true, true];

    [Theory]
    [InlineData(new[] { 0.5f, 0.2f, -1f, -1f }, new[] { 0, 1 })]   // every ordinary label past its threshold
    [InlineData(new[] { 0.5f, -0.2f, 0.9f, -1f }, new[] { 0 })]    // a label that stands alone gives way to another, even a weaker one
    [InlineData(new[] { -0.5f, -0.2f, 0.3f, -1f }, new[] { 2 })]   // and is given when no other label passes
    [InlineData(new[] { -0.5f, -0.2f, 0.3f, 0.6f }, new[] { 3 })]  // of two such labels only the better
    [InlineData(new[] { -0.5f, -0.2f, -0.3f, -0.6f }, new[] { 1 })] // nothing passes: the single best label
    public void A_text_gets_the_labels_past_their_thresholds_but_a_label_that_stands_alone_only_by_itself(float[] margins, int[] expected)
    {
        Assert.Equal(expected, ThemeLabelChoice.Choose(margins, Alone));
    }

    [Fact]
    public void A_label_stands_alone_when_nearly_all_its_training_texts_have_no_other_label()
    {
        var examples = new List<LabelledText>();
        for (var i = 0; i < 40; i++) examples.Add(new LabelledText($"general text {i}", i == 0 ? ["General", "Justice"] : ["General"]));
        for (var i = 0; i < 10; i++) examples.Add(new LabelledText($"mixed text {i}", i < 5 ? ["Development"] : ["Development", "Poverty"]));

        var alone = ThemeLabelChoice.Alone(["Development", "General", "Justice", "Poverty"], examples);

        Assert.Equal([false, true, false, false], alone);   // General: 39 of 40 alone; Development: 5 of 10
    }

    [Fact]
    public void A_model_learns_which_labels_stand_alone_keeps_them_when_saved_and_never_gives_one_beside_another_label()
    {
        // "General" texts are vague and always alone; the others are the small set's themes, one of them with a second label.
        var examples = ThemeExamples.Examples()
            .Select(e => e.Labels[0] == "Women's rights" ? e with { Labels = ["Women's rights", "Justice"] } : e).ToList();
        string[] vague = ["Continue its efforts", "Continue its efforts to promote human rights", "Strengthen its efforts for the well-being of its people",
            "Continue to implement its national programmes", "Keep up its good work", "Continue its efforts in this area"];
        foreach (var text in vague) examples.Add(new LabelledText(text, ["General"]));
        var model = ThemeTrainer.Train(examples, new ThemeTrainingOptions { MaxNgrams = 5000, MinExamples = 3, Trees = 0 });

        var loaded = ThemeModel.Load(new MemoryStream(model.ToBytes()), "test");

        Assert.Equal(["General", "Death penalty", "Right to education", "Torture and other CID treatment"], model.Info.AloneLabels.OrderBy(l => l != "General"));
        Assert.Equal(model.Info.AloneLabels, loaded.Info.AloneLabels);
        string[] texts = ["Continue its efforts to abolish the death penalty", "Continue its efforts to end violence against women", "Continue its efforts",
            "Continue its efforts to combat violence against women", "Keep up its good work to abolish the death penalty"];
        var margins = model.Margins(texts);
        var predicted = loaded.Predict(texts);

        var alone = model.Labels.Select(l => model.Info.AloneLabels.Contains(l.Label)).ToArray();
        for (var i = 0; i < texts.Length; i++)
        {
            var labels = predicted[i].Select(p => p.Label).ToList();
            var othersPass = margins[i].Where((m, l) => m >= 0 && !alone[l]).Any();
            if (othersPass) Assert.DoesNotContain(labels, l => model.Info.AloneLabels.Contains(l));
            else Assert.Single(labels);
        }
        // It means something only if "General" passed its threshold beside an ordinary label, and was left out.
        var general = model.Labels.ToList().FindIndex(l => l.Label == "General");
        Assert.Contains(Enumerable.Range(0, texts.Length), i => margins[i][general] >= 0 && margins[i].Where((m, l) => m >= 0 && !alone[l]).Any()
            && predicted[i].All(p => p.Label != "General"));
    }
}
