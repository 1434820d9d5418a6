using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Parley.Features.Tagging;

/// <summary>
/// A trained theme model: the ML.NET text featuriser (word and character n-grams) and one linear classifier per
/// issue label. Saved as a small zip: the featuriser in ML.NET's own format, the weights in a compact binary
/// (only non-zero ones, which keeps the shipped model small), its <see cref="ThemeModelInfo"/> as JSON and, when it
/// was trained with trees, the trees and the blend (<see cref="ThemeBlend"/>); a model without them is linear only.
/// </summary>
public sealed partial class ThemeModel
{
    public const string FeatureColumn = "Features";
    private const string TreesEntry = "trees.bin";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly MLContext _ml;
    private readonly ITransformer _featurizer;
    private readonly string[] _slotNames;
    private readonly bool[] _alone;

    public ThemeModel(MLContext ml, ITransformer featurizer, IReadOnlyList<ThemeLabelWeights> labels, ThemeModelInfo info, ThemeBlend? blend = null)
    {
        _ml = ml;
        _featurizer = featurizer;
        Labels = labels;
        Info = info;
        Blend = blend;
        _alone = labels.Select(l => info.AloneLabels.Contains(l.Label, StringComparer.Ordinal)).ToArray();
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

    /// <summary>
    /// An n-gram as a reader would name it, or null: a word n-gram as its words ("freedom of"); a character n-gram
    /// as the word of the text it was cut from (ML.NET names them "Word.freedom|of" and "Char.&lt;␠&gt;|j|o|u", which a
    /// reader cannot use). Null for a character n-gram spanning two words or found in none.
    /// </summary>
    private string? Readable(int index, IReadOnlyList<(string Word, string Folded)> words)
    {
        var name = index < _slotNames.Length ? _slotNames[index] : "";
        if (name.StartsWith(WordSlot, StringComparison.Ordinal)) return name[WordSlot.Length..].Replace('|', ' ');
        var fragment = name[(name.IndexOf('.') + 1)..].Replace("|", "");
        // ML.NET marks a space, the start and the end of the text with symbols in angle brackets (␠, ␂, ␃).
        fragment = SlotMarker().Replace(fragment, " ");
        var start = fragment.StartsWith(' ');
        var end = fragment.EndsWith(' ');
        fragment = fragment.Trim();
        if (fragment.Length < 2 || fragment.Contains(' ')) return null;
        return words.FirstOrDefault(w => start && end ? w.Folded == fragment
            : start ? w.Folded.StartsWith(fragment, StringComparison.Ordinal)
            : end ? w.Folded.EndsWith(fragment, StringComparison.Ordinal)
            : w.Folded.Contains(fragment, StringComparison.Ordinal)).Word;
    }

    private const string WordSlot = "Word.";

    /// <summary>The text's words with the form the featuriser reads them in: lower case, without diacritics.</summary>
    private static List<(string Word, string Folded)> WordsOf(string text) =>
        TextWord().Matches(text).Select(m => (m.Value, Fold(m.Value))).ToList();

    private static string Fold(string word) => new(word.ToLowerInvariant().Normalize(NormalizationForm.FormD)
        .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());

    [GeneratedRegex(@"<[\u2400-\u243F]>")]
    private static partial Regex SlotMarker();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex TextWord();

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
    /// The labels each text gets, best first, as <see cref="ThemeLabelChoice"/> chooses them: those past their
    /// thresholds (a label that stands alone only without others), or else the single best one. With <paramref name="explain"/>, each carries the n-grams that
    /// contributed most to its score (see <see cref="Explain"/>), as words of the text.
    /// </summary>
    public List<List<ThemePrediction>> Predict(IReadOnlyList<string> texts, bool explain = false)
    {
        var features = Featurize(texts);
        var result = new List<List<ThemePrediction>>(features.Count);
        var margins = new float[Labels.Count];
        var dense = Blend is null ? [] : new float[FeatureCount];
        for (var i = 0; i < features.Count; i++)
        {
            var f = features[i];
            var words = explain ? WordsOf(texts[i]) : [];
            MarginsOf(f, dense, margins);
            // A text without a single known n-gram says nothing: no label rather than a guess.
            var found = f.Indices.Length == 0 ? [] : ThemeLabelChoice.Choose(margins, _alone).Select(Prediction);
            result.Add(found.OrderByDescending(p => p.Score).ToList());

            ThemePrediction Prediction(int l) =>
                new(Labels[l].Label, 1 / (1 + Math.Exp(-margins[l])), explain ? Explain(f, l, dense, words) : []);
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

    /// <summary>
    /// The n-grams that raised a label's score most. With trees, each n-gram's share is what the blended score loses
    /// when the text is taken without it, so the words the trees split on count as well as the linear weights (the
    /// trees' share would otherwise go unexplained); without trees it is the n-gram's value × its weight.
    /// <paramref name="dense"/> is as in <see cref="MarginsOf"/>: all zeros, and left so; <paramref name="words"/> are
    /// the text's (<see cref="WordsOf"/>), read once for all its labels.
    /// </summary>
    private List<string> Explain(SparseFeatures f, int label, float[] dense, IReadOnlyList<(string Word, string Folded)> words)
    {
        var weights = Labels[label].Weights;
        var trees = Blend?.Trees[label] ?? ThemeTrees.None;
        var shares = new (int Index, float Value)[f.Indices.Length];
        if (trees.Count == 0)
        {
            for (var k = 0; k < f.Indices.Length; k++) shares[k] = (f.Indices[k], f.Values[k] * weights[f.Indices[k]]);
        }
        else
        {
            for (var k = 0; k < f.Indices.Length; k++) dense[f.Indices[k]] = f.Values[k];
            var linear = f.Dot(weights) + Labels[label].Bias;
            var treeScore = trees.Score(dense);
            var whole = Blend!.Score(label, linear, treeScore);
            for (var k = 0; k < f.Indices.Length; k++)
            {
                var (index, value) = (f.Indices[k], f.Values[k]);
                shares[k] = (index, whole - Blend.Score(label, linear - value * weights[index], trees.ScoreWithout(dense, index, treeScore)));
            }
            for (var k = 0; k < f.Indices.Length; k++) dense[f.Indices[k]] = 0;
        }
        var contributions = shares.Where(c => c.Value > 0).OrderByDescending(c => c.Value).Take(12).ToList();
        return contributions.Select(c => Readable(c.Index, words)).OfType<string>().Where(n => n.Trim().Length > 1)
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(5).ToList();
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
