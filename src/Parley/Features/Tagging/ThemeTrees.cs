using Microsoft.ML.Trainers.FastTree;

namespace Parley.Features.Tagging;

/// <summary>
/// One label's gradient-boosted trees (LightGBM, trained through ML.NET) read out into plain arrays over the model's
/// n-gram indices, so that a text is scored without ML.NET's pipeline: scoring through it ran under 413 texts/s for
/// all labels, short of the 1,000/s target (docs/performance.md, "Theme tagging"). The score is ML.NET's own: the
/// leaf values summed in double in tree order, cast to float.
/// </summary>
public sealed class ThemeTrees
{
    // Limits far above what training makes (100 trees of 15 leaves), low enough that a damaged count cannot make
    // the reader allocate gigabytes.
    private const int MaxTrees = 100_000, MaxNodes = 1 << 16;

    // Nodes of all trees back to back: tree t's nodes start at _nodeStart[t], its leaves at _leafStart[t]. A child
    // c ≥ 0 is node c of the same tree (always after its parent, so a walk ends), c < 0 is the tree's leaf ~c.
    private readonly int[] _nodeStart, _leafStart, _feature, _left, _right;
    private readonly float[] _cut;
    private readonly double[] _leaf;

    // The n-grams any node splits on, ascending: an n-gram not among them cannot move the score.
    private readonly int[] _splitOn;

    private ThemeTrees(int[] nodeStart, int[] leafStart, int[] feature, float[] cut, int[] left, int[] right, double[] leaf)
    {
        (_nodeStart, _leafStart, _feature, _cut, _left, _right, _leaf) = (nodeStart, leafStart, feature, cut, left, right, leaf);
        _splitOn = feature.Distinct().Order().ToArray();
    }

    /// <summary>No trees: the label is scored by its linear model alone.</summary>
    public static ThemeTrees None { get; } = new([], [], [], [], [], [], []);

    public int Count => _nodeStart.Length;

    /// <summary>
    /// Reads the trees ML.NET trained; <paramref name="features"/>[i] is the model's n-gram index of the trees'
    /// feature i (the trees learnt on the label's chosen n-grams only).
    /// </summary>
    public static ThemeTrees From(RegressionTreeEnsemble ensemble, IReadOnlyList<int> features, int featureCount)
    {
        var trees = new List<(int[] Feature, float[] Cut, int[] Left, int[] Right, double[] Leaf)>();
        foreach (var tree in ensemble.Trees)
        {
            // ML.NET stands an all-zero stump in for a LightGBM tree with one leaf of value 0 and scores it 0 without
            // a walk; leaving it out changes no sum.
            if (tree.LeftChild[0] == 0 && tree.RightChild[0] == 0) continue;
            if (tree.CategoricalSplitFlags.Any(c => c))
                throw new InvalidDataException("a tree splits on a category; theme trees split on n-gram values only");
            trees.Add((tree.NumericalSplitFeatureIndexes.Select(f => features[f]).ToArray(), tree.NumericalSplitThresholds.ToArray(),
                tree.LeftChild.ToArray(), tree.RightChild.ToArray(), tree.LeafValues.ToArray()));
        }
        return Build(trees, featureCount);
    }

    private static ThemeTrees Build(List<(int[] Feature, float[] Cut, int[] Left, int[] Right, double[] Leaf)> trees, int featureCount)
    {
        var (nodeStart, leafStart) = (new int[trees.Count], new int[trees.Count]);
        var (nodes, leaves) = (0, 0);
        for (var t = 0; t < trees.Count; t++)
        {
            var (feature, cut, left, right, leaf) = trees[t];
            var n = feature.Length;
            if (n is < 1 or > MaxNodes || cut.Length != n || left.Length != n || right.Length != n || leaf.Length != n + 1)
                throw new InvalidDataException($"tree {t}: {n} node(s) with {cut.Length} cut(s), {left.Length}/{right.Length} children and {leaf.Length} leaves");
            for (var i = 0; i < n; i++)
            {
                if ((uint)feature[i] >= (uint)featureCount)
                    throw new InvalidDataException($"tree {t}, node {i}: n-gram {feature[i]} beyond the model's {featureCount}");
                if (!Child(left[i], i, n) || !Child(right[i], i, n))
                    throw new InvalidDataException($"tree {t}, node {i}: child {left[i]} or {right[i]} out of range");
            }
            (nodeStart[t], leafStart[t]) = (nodes, leaves);
            (nodes, leaves) = (nodes + n, leaves + n + 1);
        }
        return new ThemeTrees(nodeStart, leafStart, Concat(trees, t => t.Feature), Concat(trees, t => t.Cut),
            Concat(trees, t => t.Left), Concat(trees, t => t.Right), Concat(trees, t => t.Leaf));

        static bool Child(int child, int parent, int nodes) => child >= 0 ? child > parent && child < nodes : ~child <= nodes;
    }

    private static T[] Concat<T>(List<(int[] Feature, float[] Cut, int[] Left, int[] Right, double[] Leaf)> trees, Func<(int[] Feature, float[] Cut, int[] Left, int[] Right, double[] Leaf), T[]> part) =>
        trees.SelectMany(part).ToArray();

    /// <summary>The trees' score for a text given as all the model's features (zero where the text lacks the n-gram).</summary>
    public float Score(ReadOnlySpan<float> features)
    {
        var sum = 0.0;
        for (var t = 0; t < _nodeStart.Length; t++)
        {
            var start = _nodeStart[t];
            var node = 0;
            while (node >= 0)
                node = features[_feature[start + node]] <= _cut[start + node] ? _left[start + node] : _right[start + node];
            sum += _leaf[_leafStart[t] + ~node];
        }
        return (float)sum;
    }

    /// <summary>
    /// The trees' score for the text without one of its n-grams (<paramref name="score"/> is its score with all of them):
    /// what the trees owe that n-gram, for explaining a suggestion. <paramref name="features"/> is left as it was.
    /// </summary>
    public float ScoreWithout(Span<float> features, int feature, float score)
    {
        if (features[feature] == 0 || Array.BinarySearch(_splitOn, feature) < 0) return score;
        var value = features[feature];
        features[feature] = 0;
        var without = Score(features);
        features[feature] = value;
        return without;
    }

    /// <summary>The trees' score for a text given as its non-zero features.</summary>
    public float Score(SparseFeatures features)
    {
        var sum = 0.0;
        for (var t = 0; t < _nodeStart.Length; t++)
        {
            var start = _nodeStart[t];
            var node = 0;
            while (node >= 0)
            {
                var at = Array.BinarySearch(features.Indices, _feature[start + node]);
                var value = at >= 0 ? features.Values[at] : 0f;
                node = value <= _cut[start + node] ? _left[start + node] : _right[start + node];
            }
            sum += _leaf[_leafStart[t] + ~node];
        }
        return (float)sum;
    }

    /// <summary>
    /// Tree count, then per tree: node count, per node the n-gram (7-bit), the cut (float) and both children (7-bit,
    /// leaves folded in: 2·node or 2·leaf + 1), then the leaf values (double, so that scores stay ML.NET's exactly).
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write7BitEncodedInt(Count);
        for (var t = 0; t < Count; t++)
        {
            var (start, end) = (_nodeStart[t], t + 1 < Count ? _nodeStart[t + 1] : _feature.Length);
            writer.Write7BitEncodedInt(end - start);
            for (var i = start; i < end; i++)
            {
                writer.Write7BitEncodedInt(_feature[i]);
                writer.Write(_cut[i]);
                writer.Write7BitEncodedInt(Fold(_left[i]));
                writer.Write7BitEncodedInt(Fold(_right[i]));
            }
            for (var i = 0; i <= end - start; i++) writer.Write(_leaf[_leafStart[t] + i]);
        }

        static int Fold(int child) => child >= 0 ? 2 * child : 2 * ~child + 1;
    }

    /// <summary>Reads what <see cref="Write"/> wrote; anything inconsistent is an <see cref="InvalidDataException"/>.</summary>
    public static ThemeTrees Read(BinaryReader reader, int featureCount)
    {
        var count = reader.Read7BitEncodedInt();
        if (count is < 0 or > MaxTrees) throw new InvalidDataException($"{count} trees");
        var trees = new List<(int[] Feature, float[] Cut, int[] Left, int[] Right, double[] Leaf)>(count);
        for (var t = 0; t < count; t++)
        {
            var n = reader.Read7BitEncodedInt();
            if (n is < 1 or > MaxNodes) throw new InvalidDataException($"tree {t}: {n} nodes");
            var (feature, cut, left, right, leaf) = (new int[n], new float[n], new int[n], new int[n], new double[n + 1]);
            for (var i = 0; i < n; i++)
                (feature[i], cut[i], left[i], right[i]) = (reader.Read7BitEncodedInt(), reader.ReadSingle(), Unfold(reader.Read7BitEncodedInt()), Unfold(reader.Read7BitEncodedInt()));
            for (var i = 0; i <= n; i++) leaf[i] = reader.ReadDouble();
            trees.Add((feature, cut, left, right, leaf));
        }
        return Build(trees, featureCount);

        static int Unfold(int folded) => folded < 0 ? int.MaxValue : folded % 2 == 0 ? folded / 2 : ~(folded / 2);
    }
}
