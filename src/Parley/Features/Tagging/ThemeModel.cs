using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Parley.Features.Tagging;

/// <summary>
/// A trained theme model: the ML.NET text featuriser (word and character n-grams) and one linear classifier per
/// issue label. Saved as a small zip: the featuriser in ML.NET's own format, the weights in a compact binary
/// (only non-zero ones, which keeps the shipped model small), its <see cref="ThemeModelInfo"/> as JSON and, when it
/// was trained with trees, the trees and the blend (<see cref="ThemeBlend"/>); a model without them is linear only.
/// </summary>
public sealed class ThemeModel
{
    public const string FeatureColumn = "Features";
    private const string TreesEntry = "trees.bin";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly MLContext _ml;
    private readonly ITransformer _featurizer;
    private readonly string[] _slotNames;

    public ThemeModel(MLContext ml, ITransformer featurizer, IReadOnlyList<ThemeLabelWeights> labels, ThemeModelInfo info, ThemeBlend? blend = null)
    {
        _ml = ml;
        _featurizer = featurizer;
        Labels = labels;
        Info = info;
        Blend = blend;
        var column = featurizer.GetOutputSchema(InputSchema(ml))[FeatureColumn];
        VBuffer<ReadOnlyMemory<char>> names = default;
        column.GetSlotNames(ref names);
        _slotNames = names.DenseValues().Select(n => n.ToString()).ToArray();
        FeatureCount = column.Type is VectorDataViewType { Size: var size } ? size : 0;
    }

    public IReadOnlyList<ThemeLabelWeights> Labels { get; }
    public ThemeModelInfo Info { get; }
    public int FeatureCount { get; }
    /// <summary>The trees and the blend with the linear model; null for a linear-only model.</summary>
    public ThemeBlend? Blend { get; }

    /// <summary>The n-gram a feature stands for, readable: "freedom of" for a word pair, "tort" for characters.</summary>
    public string FeatureName(int index)
    {
        var name = index < _slotNames.Length ? _slotNames[index] : "";
        // Slot names read "w.freedom|of" and "c.t|o|r|t"; the prefix says words or characters.
        var words = name.StartsWith("w.", StringComparison.Ordinal);
        var body = name.Length > 2 && name[1] == '.' ? name[2..] : name;
        return words ? body.Replace('|', ' ') : body.Replace("|", "").Replace('\u0002', '‹').Replace('\u0003', '›');
    }

    public bool IsWordFeature(int index) => index < _slotNames.Length && _slotNames[index].StartsWith("w.", StringComparison.Ordinal);

    internal static SchemaDefinition InputDefinition() => SchemaDefinition.Create(typeof(ThemeText));

    private static DataViewSchema InputSchema(MLContext ml) => ml.Data.LoadFromEnumerable(Array.Empty<ThemeText>(), InputDefinition()).Schema;

    /// <summary>Each text's non-zero features, in the texts' order.</summary>
    public List<SparseFeatures> Featurize(IEnumerable<string> texts) => Featurize(_ml, _featurizer, texts);

    internal static List<SparseFeatures> Featurize(MLContext ml, ITransformer featurizer, IEnumerable<string> texts)
    {
        var view = featurizer.Transform(ml.Data.LoadFromEnumerable(texts.Select(t => new ThemeText { Text = t }), InputDefinition()));
        var column = view.Schema[FeatureColumn];
        var result = new List<SparseFeatures>();
        using var cursor = view.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<float>>(column);
        VBuffer<float> vector = default;
        while (cursor.MoveNext())
        {
            getter(ref vector);
            if (vector.IsDense)
            {
                var values = vector.GetValues();
                var indices = new List<int>();
                var kept = new List<float>();
                for (var i = 0; i < values.Length; i++)
                    if (values[i] != 0) { indices.Add(i); kept.Add(values[i]); }
                result.Add(new SparseFeatures(indices.ToArray(), kept.ToArray()));
            }
            else result.Add(new SparseFeatures(vector.GetIndices().ToArray(), vector.GetValues().ToArray()));
        }
        return result;
    }

    /// <summary>
    /// The labels each text gets, best first: those past their thresholds, or else the single best one, since every
    /// UPR recommendation has at least one theme. With <paramref name="explain"/>, each carries the n-grams that
    /// contributed most to its score (feature value × weight), the words before the character n-grams.
    /// </summary>
    public List<List<ThemePrediction>> Predict(IReadOnlyList<string> texts, bool explain = false)
    {
        var features = Featurize(texts);
        var result = new List<List<ThemePrediction>>(features.Count);
        var margins = new float[Labels.Count];
        var dense = Blend is null ? [] : new float[FeatureCount];
        foreach (var f in features)
        {
            var found = new List<ThemePrediction>();
            var best = 0;
            MarginsOf(f, dense, margins);
            for (var l = 0; l < Labels.Count; l++)
            {
                if (margins[l] > margins[best]) best = l;
                if (margins[l] >= 0) found.Add(Prediction(l));
            }
            if (found.Count == 0 && Labels.Count > 0 && f.Indices.Length > 0) found.Add(Prediction(best));
            result.Add(found.OrderByDescending(p => p.Score).ToList());

            ThemePrediction Prediction(int l) =>
                new(Labels[l].Label, 1 / (1 + Math.Exp(-margins[l])), explain ? Explain(f, Labels[l].Weights) : []);
        }
        return result;
    }

    /// <summary>Each label's margin over its threshold for each text (positive = past it), labels in <see cref="Labels"/> order.</summary>
    public float[][] Margins(IReadOnlyList<string> texts)
    {
        var dense = Blend is null ? [] : new float[FeatureCount];
        return Featurize(texts).Select(f =>
        {
            var margins = new float[Labels.Count];
            MarginsOf(f, dense, margins);
            return margins;
        }).ToArray();
    }

    /// <summary>
    /// One text's margins: the linear model's over its threshold, or with trees the blend's over its threshold.
    /// <paramref name="dense"/> is all zeros, FeatureCount long, and is left so (the trees read features by index).
    /// </summary>
    private void MarginsOf(SparseFeatures f, float[] dense, float[] margins)
    {
        if (Blend is null)
        {
            for (var l = 0; l < Labels.Count; l++) margins[l] = f.Dot(Labels[l].Weights) + Labels[l].Bias - Labels[l].Threshold;
            return;
        }
        for (var k = 0; k < f.Indices.Length; k++) dense[f.Indices[k]] = f.Values[k];
        for (var l = 0; l < Labels.Count; l++)
            margins[l] = Blend.Margin(l, f.Dot(Labels[l].Weights) + Labels[l].Bias, Blend.Trees[l].Count == 0 ? 0 : Blend.Trees[l].Score(dense));
        for (var k = 0; k < f.Indices.Length; k++) dense[f.Indices[k]] = 0;
    }

    private List<string> Explain(SparseFeatures f, float[] weights)
    {
        var contributions = Enumerable.Range(0, f.Indices.Length)
            .Select(i => (Index: f.Indices[i], Value: f.Values[i] * weights[f.Indices[i]]))
            .Where(c => c.Value > 0).OrderByDescending(c => c.Value).Take(12).ToList();
        return contributions.Where(c => IsWordFeature(c.Index)).Concat(contributions.Where(c => !IsWordFeature(c.Index)))
            .Select(c => FeatureName(c.Index)).Where(n => n.Trim().Length > 1).Distinct().Take(5).ToList();
    }

    public void Save(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        using (var entry = zip.CreateEntry("featurizer.zip", CompressionLevel.SmallestSize).Open())
        using (var buffer = new MemoryStream())
        {
            _ml.Model.Save(_featurizer, InputSchema(_ml), buffer);
            buffer.Position = 0;
            buffer.CopyTo(entry);
        }
        using (var entry = zip.CreateEntry("weights.bin", CompressionLevel.SmallestSize).Open())
        using (var writer = new BinaryWriter(entry, Encoding.UTF8))
        {
            writer.Write(Labels.Count);
            writer.Write(FeatureCount);
            foreach (var label in Labels)
            {
                writer.Write(label.Label);
                writer.Write(label.Bias);
                writer.Write(label.Threshold);
                writer.Write(label.TrainingPositives);
                var nonZero = Enumerable.Range(0, label.Weights.Length).Where(i => label.Weights[i] != 0).ToArray();
                writer.Write(nonZero.Length);
                // Indices as gaps from the previous one, 7 bits a byte: most gaps are small.
                var previous = 0;
                foreach (var i in nonZero) { writer.Write7BitEncodedInt(i - previous); previous = i; }
                foreach (var i in nonZero) writer.Write((Half)label.Weights[i]);
            }
        }
        if (Blend is not null)
        {
            using var entry = zip.CreateEntry(TreesEntry, CompressionLevel.SmallestSize).Open();
            using var writer = new BinaryWriter(entry, Encoding.UTF8);
            Blend.Write(writer);
        }
        using (var entry = zip.CreateEntry("model.json", CompressionLevel.SmallestSize).Open())
            JsonSerializer.Serialize(entry, Info, Json);
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        Save(stream);
        return stream.ToArray();
    }

    /// <summary>Reads a saved model; a file that is not one is a user error naming <paramref name="place"/>.</summary>
    public static ThemeModel Load(Stream stream, string place)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var ml = new MLContext(seed: 1);
            ITransformer featurizer;
            using (var buffer = new MemoryStream())
            {
                using (var entry = Entry(zip, "featurizer.zip", place).Open()) entry.CopyTo(buffer);
                buffer.Position = 0;
                featurizer = ml.Model.Load(buffer, out _);
            }
            var labels = new List<ThemeLabelWeights>();
            using (var reader = new BinaryReader(Entry(zip, "weights.bin", place).Open(), Encoding.UTF8))
            {
                var count = reader.ReadInt32();
                var features = reader.ReadInt32();
                for (var l = 0; l < count; l++)
                {
                    var (name, bias, threshold, positives) = (reader.ReadString(), reader.ReadSingle(), reader.ReadSingle(), reader.ReadInt32());
                    var nonZero = new int[reader.ReadInt32()];
                    var previous = 0;
                    for (var i = 0; i < nonZero.Length; i++) nonZero[i] = previous += reader.Read7BitEncodedInt();
                    var weights = new float[features];
                    foreach (var i in nonZero) weights[i] = (float)reader.ReadHalf();
                    labels.Add(new ThemeLabelWeights(name, bias, threshold, weights, positives));
                }
            }
            ThemeModelInfo info;
            using (var entry = Entry(zip, "model.json", place).Open())
                info = JsonSerializer.Deserialize<ThemeModelInfo>(entry, Json) ?? throw new UserError($"{place}: the model's description is empty");
            // Models saved before trees shipped have no trees entry and stay linear only.
            ThemeBlend? blend = null;
            if (zip.GetEntry(TreesEntry) is { } trees)
            {
                using var reader = new BinaryReader(trees.Open(), Encoding.UTF8);
                blend = ThemeBlend.Read(reader, labels.Count, labels.Count == 0 ? 0 : labels[0].Weights.Length);
            }
            return new ThemeModel(ml, featurizer, labels, info, blend);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or JsonException or FormatException)
        {
            throw new UserError($"{place}: not a Parley theme model ({e.Message})");
        }
    }

    private static ZipArchiveEntry Entry(ZipArchive zip, string name, string place) =>
        zip.GetEntry(name) ?? throw new UserError($"{place}: not a Parley theme model (no {name} inside)");
}
