namespace Parley.Features.Tagging;

/// <summary>
/// The linear model's and the trees' scores for each label, blended: a·σ(linear margin) + (1 − a)·σ(trees), one
/// weight a for all labels and a threshold per label on the blend, both chosen on held-out texts. A label
/// without trees (too few examples to grow them) is scored σ(linear margin) against its threshold.
/// </summary>
public sealed class ThemeBlend
{
    /// <summary>How steeply the shown score (0 to 1, above 0.5 = suggested) follows the blend's distance from the threshold.</summary>
    private const float Steepness = 10;

    public ThemeBlend(double linearWeight, IReadOnlyList<ThemeTrees> trees, float[] thresholds)
    {
        if (linearWeight is < 0 or > 1 || double.IsNaN(linearWeight)) throw new InvalidDataException($"blend weight {linearWeight} outside 0–1");
        if (trees.Count != thresholds.Length) throw new InvalidDataException($"{trees.Count} labels' trees but {thresholds.Length} thresholds");
        (LinearWeight, Trees, Thresholds) = (linearWeight, trees, thresholds);
    }

    public double LinearWeight { get; }
    public IReadOnlyList<ThemeTrees> Trees { get; }
    public float[] Thresholds { get; }

    /// <summary>The blended score of a label from its linear margin (bias + Σ weight·feature) and its trees' score.</summary>
    public float Score(int label, float linear, float trees) => Trees[label].Count == 0
        ? (float)Sigmoid(linear)
        : (float)(LinearWeight * Sigmoid(linear) + (1 - LinearWeight) * Sigmoid(trees));

    /// <summary>How far past its threshold the blend is, scaled so that σ of it reads as a score: positive = suggested.</summary>
    public float Margin(int label, float linear, float trees) => Steepness * (Score(label, linear, trees) - Thresholds[label]);

    private static double Sigmoid(float x) => 1 / (1 + Math.Exp(-x));

    /// <summary>Label count, the weight, then per label its threshold and its trees.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Trees.Count);
        writer.Write(LinearWeight);
        for (var l = 0; l < Trees.Count; l++)
        {
            writer.Write(Thresholds[l]);
            Trees[l].Write(writer);
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote for a model of <paramref name="labels"/> labels over <paramref name="featureCount"/> n-grams.</summary>
    public static ThemeBlend Read(BinaryReader reader, int labels, int featureCount)
    {
        var count = reader.ReadInt32();
        if (count != labels) throw new InvalidDataException($"trees for {count} labels in a model of {labels}");
        var weight = reader.ReadDouble();
        var (thresholds, trees) = (new float[count], new ThemeTrees[count]);
        for (var l = 0; l < count; l++)
        {
            thresholds[l] = reader.ReadSingle();
            trees[l] = ThemeTrees.Read(reader, featureCount);
        }
        if (reader.BaseStream.ReadByte() != -1) throw new InvalidDataException("bytes after the last label's trees");
        return new ThemeBlend(weight, trees, thresholds);
    }
}
