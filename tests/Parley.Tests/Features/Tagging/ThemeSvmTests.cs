using Parley.Features.Tagging;

namespace Parley.Tests.Features.Tagging;

/// <summary>The dual coordinate descent SVM on data small enough to know the answer.</summary>
public class ThemeSvmTests
{
    private static SparseFeatures Text(params (int Index, float Value)[] features) =>
        new(features.Select(f => f.Index).ToArray(), features.Select(f => f.Value).ToArray());

    [Fact]
    public void The_feature_that_tells_the_classes_apart_gets_the_weight_and_every_training_text_falls_on_its_side()
    {
        // Feature 0 marks a positive, feature 1 is in every text and tells nothing, feature 2 marks a negative.
        var features = new List<SparseFeatures>();
        var positive = new List<bool>();
        for (var i = 0; i < 40; i++)
        {
            var yes = i % 4 == 0;
            features.Add(yes ? Text((0, 0.8f), (1, 0.6f)) : Text((1, 0.6f), (2, 0.8f)));
            positive.Add(yes);
        }

        var (weights, bias) = ThemeSvm.Fit(features, [.. positive], 3, cost: 1, positiveWeight: new ThemeTrainingOptions { PositiveWeighting = 1 }.PositiveWeight([.. positive]), passes: 100, seed: 1);

        Assert.True(weights[0] > 0.5, $"weight of the positive marker {weights[0]}");
        Assert.True(weights[2] < -0.5, $"weight of the negative marker {weights[2]}");
        Assert.True(Math.Abs(weights[1]) < Math.Abs(weights[0]), "the shared feature weighs less than the marker");
        for (var i = 0; i < features.Count; i++)
            Assert.Equal(positive[i], features[i].Dot(weights) + bias > 0);
    }

    [Fact]
    public void Weighting_the_rare_positives_moves_the_boundary_towards_the_negatives()
    {
        // One feature, overlapping classes: positives (rare) at 0.6–1.0, negatives at 0–0.7.
        var features = new List<SparseFeatures>();
        var positive = new List<bool>();
        for (var i = 0; i <= 10; i++) { features.Add(Text((0, 0.6f + 0.04f * i))); positive.Add(true); }
        for (var i = 0; i <= 70; i++) { features.Add(Text((0, 0.01f * i))); positive.Add(false); }

        float Boundary(double weighting)
        {
            var (w, b) = ThemeSvm.Fit(features, [.. positive], 1, cost: 1, positiveWeight: new ThemeTrainingOptions { PositiveWeighting = weighting }.PositiveWeight([.. positive]), passes: 200, seed: 1);
            return -b / w[0];
        }

        Assert.True(Boundary(1) < Boundary(0), $"weighted {Boundary(1)}, unweighted {Boundary(0)}");
    }

    [Fact]
    public void The_same_data_and_seed_give_the_same_weights()
    {
        List<SparseFeatures> features = [Text((0, 1)), Text((1, 1)), Text((0, 0.5f), (1, 0.5f)), Text((2, 1))];
        bool[] positive = [true, false, true, false];

        var first = ThemeSvm.Fit(features, positive, 3, 0.5, 1, 50, 7);
        var second = ThemeSvm.Fit(features, positive, 3, 0.5, 1, 50, 7);

        Assert.Equal(first.Weights, second.Weights);
        Assert.Equal(first.Bias, second.Bias);
    }
}
