using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;
using Parley.Features.Tagging;

namespace Parley.Tests.Features.Tagging;

/// <summary>LightGBM trees read out of ML.NET score exactly as ML.NET does, survive writing, and damaged bytes are refused.</summary>
public class ThemeTreesTests
{
    private const int Local = 12, Model = 40;
    // The trees learn on 12 features that stand for these n-grams of a 40-n-gram model.
    private static readonly int[] Chosen = [1, 3, 4, 8, 11, 15, 19, 22, 27, 30, 33, 39];

    private sealed class Row
    {
        public VBuffer<float> Features { get; set; }
        public bool Label { get; set; }
    }

    /// <summary>Sparse rows whose label needs an interaction (feature 0 with feature 1 but not feature 2) and a threshold.</summary>
    private static List<Row> Rows(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ =>
        {
            var indices = Enumerable.Range(0, Local).Where(_ => random.NextDouble() < 0.35).ToArray();
            var values = indices.Select(_ => (float)Math.Round(random.NextDouble(), 2)).ToArray();
            float At(int j) => Array.IndexOf(indices, j) is var k and >= 0 ? values[k] : 0;
            var label = (At(0) > 0.3f && At(1) > 0 && At(2) == 0) || At(5) > 0.8f;
            return new Row { Features = new VBuffer<float>(Local, indices.Length, values, indices), Label = label };
        }).ToList();
    }

    private static (ThemeTrees Trees, float[] Expected, List<Row> Rows) Trained()
    {
        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, Local);
        var model = ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = nameof(Row.Label), FeatureColumnName = nameof(Row.Features), NumberOfIterations = 20, NumberOfLeaves = 6,
            MinimumExampleCountPerLeaf = 5, NumberOfThreads = 1, Seed = 1, Silent = true,
        }).Fit(ml.Data.LoadFromEnumerable(Rows(600, 1), schema));
        var rows = Rows(300, 2);
        var scored = model.Transform(ml.Data.LoadFromEnumerable(rows, schema));
        var expected = scored.GetColumn<float>("Score").ToArray();
        return (ThemeTrees.From(model.Model.SubModel.TrainedTreeEnsemble, Chosen, Model), expected, rows);
    }

    /// <summary>A row as the model's features: the local feature j sits at n-gram Chosen[j].</summary>
    private static SparseFeatures InModel(Row row) =>
        new(row.Features.GetIndices().ToArray().Select(j => Chosen[j]).ToArray(), row.Features.GetValues().ToArray());

    private static float[] Dense(SparseFeatures f)
    {
        var dense = new float[Model];
        for (var k = 0; k < f.Indices.Length; k++) dense[f.Indices[k]] = f.Values[k];
        return dense;
    }

    private static byte[] Bytes(Action<BinaryWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream)) write(writer);
        return stream.ToArray();
    }

    private static ThemeTrees Read(byte[] bytes, int features = Model) => ThemeTrees.Read(new BinaryReader(new MemoryStream(bytes)), features);

    [Fact]
    public void A_text_taken_without_the_ngram_that_made_its_label_loses_that_part_of_the_score_and_nothing_else_changes()
    {
        var (trees, _, rows) = Trained();
        // Labelled through local feature 5 alone (> 0.8), with neither feature 0 nor feature 1 to help.
        var row = rows.Select(InModel).First(f => Value(f, Chosen[5]) > 0.85f && Value(f, Chosen[0]) == 0 && Value(f, Chosen[1]) == 0);
        var dense = Dense(row);
        var score = trees.Score(dense);

        var without = trees.ScoreWithout(dense, Chosen[5], score);

        Assert.True(score > 0, $"the row should score as labelled ({score})");
        Assert.True(without < 0, $"without the n-gram that labelled it the row should not be ({without})");
        Assert.Equal(Dense(row), dense); // left as it was
        var lacking = Dense(row);
        lacking[Chosen[5]] = 0;
        Assert.Equal(trees.Score(lacking), without);
        // An n-gram the text lacks, and one the trees never split on, take nothing away.
        Assert.Equal(score, trees.ScoreWithout(dense, Chosen[0], score));
        Assert.Equal(score, trees.ScoreWithout(dense, 2, score));
    }

    private static float Value(SparseFeatures f, int index) => Array.IndexOf(f.Indices, index) is var k and >= 0 ? f.Values[k] : 0;

    [Fact]
    public void Trees_read_out_of_LightGBM_score_exactly_as_ML_NET_does_before_and_after_writing()
    {
        var (trees, expected, rows) = Trained();
        var read = Read(Bytes(trees.Write));

        Assert.Equal(20, trees.Count);
        Assert.Equal(20, read.Count);
        Assert.True(expected.Distinct().Count() > 10, "the trees should tell the rows apart for the comparison to mean anything");
        for (var i = 0; i < rows.Count; i++)
        {
            var f = InModel(rows[i]);
            Assert.Equal(expected[i], trees.Score(f));
            Assert.Equal(expected[i], trees.Score(Dense(f)));
            Assert.Equal(expected[i], read.Score(f));
            Assert.Equal(expected[i], read.Score(Dense(f)));
        }
    }

    [Fact]
    public void Trees_that_name_an_n_gram_beyond_the_model_are_refused()
    {
        var (trees, _, _) = Trained();

        Assert.Throws<InvalidDataException>(() => Read(Bytes(trees.Write), features: 20));
    }

    [Fact]
    public void A_bad_tree_count_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => Read(Bytes(w => w.Write7BitEncodedInt(5_000_000))));
        Assert.Throws<InvalidDataException>(() => Read(Bytes(w => { w.Write7BitEncodedInt(1); w.Write7BitEncodedInt(0); })));
    }

    [Fact]
    public void A_child_out_of_range_or_pointing_back_is_refused()
    {
        // One tree, one node: n-gram 3 ≤ 0.5 goes to leaf 0, else to leaf 1 (folded: 2·leaf + 1).
        byte[] Tree(int left, int right) => Bytes(w =>
        {
            w.Write7BitEncodedInt(1);
            w.Write7BitEncodedInt(1);
            w.Write7BitEncodedInt(3);
            w.Write(0.5f);
            w.Write7BitEncodedInt(left);
            w.Write7BitEncodedInt(right);
            w.Write(-1.0);
            w.Write(2.0);
        });

        var good = Read(Tree(1, 3));
        Assert.Equal(2f, good.Score(new SparseFeatures([3], [0.9f])));
        Assert.Equal(-1f, good.Score(new SparseFeatures([4], [0.9f])));
        Assert.Throws<InvalidDataException>(() => Read(Tree(1, 5)));  // leaf 2 of a tree with two
        Assert.Throws<InvalidDataException>(() => Read(Tree(0, 3)));  // node 0 its own child: a walk that never ends
        Assert.Throws<InvalidDataException>(() => Read(Tree(1, 2)));  // node 1 of a tree with one
    }

    [Fact]
    public void Truncated_trees_are_refused()
    {
        var (trees, _, _) = Trained();
        var bytes = Bytes(trees.Write);

        foreach (var length in new[] { 0, 1, bytes.Length / 2, bytes.Length - 1 })
            Assert.Throws<EndOfStreamException>(() => Read(bytes[..length]));
    }
}
