using Parley.Features.Tagging;

namespace Parley.Bench;

/// <summary>
/// Theme scores from the most similar labelled recommendations. UPR recommendations repeat heavily from one session
/// to the next (the same states recommend the same things in nearly the same words), so the labels that analysts
/// gave the closest earlier texts are strong evidence. Texts are bags of word 1- and 2-grams weighted by tf-idf and
/// compared by cosine through an inverted index; a label's score is the similarity-weighted share of the
/// <see cref="K"/> nearest texts that carry it. Plain C#, built from the texts in a second, so a saved model keeps
/// only the texts and their labels. Measured in the benchmark only: it did not beat the linear model (docs/performance.md).
/// </summary>
public sealed class TaggingNeighbours
{
    public const int DefaultK = 10;
    private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);
    private readonly float[] _idf;
    private readonly int[][] _postingDocs;
    private readonly float[][] _postingWeights;
    private readonly int[][] _docLabels;

    /// <param name="examples">The labelled texts to search.</param>
    /// <param name="labels">The labels scored, in the order of the returned scores; other labels are ignored.</param>
    /// <param name="k">How many nearest texts vote.</param>
    public TaggingNeighbours(IReadOnlyList<LabelledText> examples, IReadOnlyList<string> labels, int k = DefaultK)
    {
        K = k;
        Examples = examples;
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        LabelCount = labels.Count;
        _docLabels = examples.Select(e => e.Labels.Where(labelIndex.ContainsKey).Select(l => labelIndex[l]).Distinct().ToArray()).ToArray();

        var docs = examples.Select(e => Count(e.Text, add: true)).ToList();
        var df = new int[_terms.Count];
        foreach (var d in docs) foreach (var t in d.Keys) df[t]++;
        _idf = df.Select(n => (float)Math.Log((1.0 + examples.Count) / (1.0 + n)) + 1f).ToArray();
        var postings = new List<(int Doc, float Weight)>[_terms.Count];
        for (var t = 0; t < postings.Length; t++) postings[t] = new(df[t]);
        for (var d = 0; d < docs.Count; d++)
            foreach (var (t, w) in Weigh(docs[d])) postings[t].Add((d, w));
        _postingDocs = postings.Select(p => p.Select(x => x.Doc).ToArray()).ToArray();
        _postingWeights = postings.Select(p => p.Select(x => x.Weight).ToArray()).ToArray();
    }

    public int K { get; }
    public int LabelCount { get; }
    public IReadOnlyList<LabelledText> Examples { get; }

    /// <summary>Each label's score in [0, 1] for each text, from its <see cref="K"/> nearest labelled texts.</summary>
    public float[][] Scores(IReadOnlyList<string> texts)
    {
        var result = new float[texts.Count][];
        var similarity = new float[_docLabels.Length];
        var touched = new List<int>();
        for (var i = 0; i < texts.Count; i++)
        {
            foreach (var (t, w) in Weigh(Count(texts[i], add: false)))
            {
                var (docs, weights) = (_postingDocs[t], _postingWeights[t]);
                for (var p = 0; p < docs.Length; p++)
                {
                    if (similarity[docs[p]] == 0) touched.Add(docs[p]);
                    similarity[docs[p]] += w * weights[p];
                }
            }
            result[i] = Vote(similarity, touched);
            foreach (var d in touched) similarity[d] = 0;
            touched.Clear();
        }
        return result;
    }

    private float[] Vote(float[] similarity, List<int> touched)
    {
        var scores = new float[LabelCount];
        if (touched.Count == 0) return scores;
        // The K best by a partial sort: a small heap would do no better at K = 10.
        var nearest = touched.OrderByDescending(d => similarity[d]).Take(K);
        var total = 0f;
        foreach (var d in nearest)
        {
            var s = similarity[d];
            total += s;
            foreach (var l in _docLabels[d]) scores[l] += s;
        }
        if (total > 0) for (var l = 0; l < scores.Length; l++) scores[l] /= total;
        return scores;
    }

    private IEnumerable<(int Term, float Weight)> Weigh(Dictionary<int, int> counts)
    {
        var weighted = counts.Select(c => (Term: c.Key, Weight: c.Value * _idf[c.Key])).ToList();
        var norm = (float)Math.Sqrt(weighted.Sum(w => w.Weight * w.Weight));
        return norm == 0 ? [] : weighted.Select(w => (w.Term, w.Weight / norm));
    }

    /// <summary>The text's word 1- and 2-grams (lower case, letters only) by term number; unseen terms are dropped unless <paramref name="add"/>.</summary>
    private Dictionary<int, int> Count(string text, bool add)
    {
        var counts = new Dictionary<int, int>();
        string? previous = null;
        foreach (var word in Words(text))
        {
            Add(word);
            if (previous is not null) Add(previous + " " + word);
            previous = word;
        }
        return counts;

        void Add(string term)
        {
            if (!_terms.TryGetValue(term, out var t))
            {
                if (!add) return;
                _terms[term] = t = _terms.Count;
            }
            counts[t] = counts.GetValueOrDefault(t) + 1;
        }
    }

    internal static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
