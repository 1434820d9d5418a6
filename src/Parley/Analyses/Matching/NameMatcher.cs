namespace Parley.Analyses.Matching;

/// <summary>
/// Finds every occurrence of any of a set of folded names in a folded text in one pass (Aho–Corasick), so scrubbing
/// tens of thousands of case names from a text costs the length of the text, not the number of names. Built once and
/// shared read-only; it reports exactly what searching for each name with IndexOf would, overlaps included.
/// </summary>
public sealed class NameMatcher
{
    // The trie in flat arrays (a few bytes per node, where a dictionary per node would cost a hundred):
    // node n's edges are _labels/_targets[_first[n] .. _first[n + 1]), sorted by label.
    private readonly int[] _first;
    private readonly char[] _labels;
    private readonly int[] _targets;
    private readonly int[] _fail;
    // The nearest node on the failure chain (itself included) where a name ends, or -1; and each node's depth,
    // which is the length of the name that ends there.
    private readonly int[] _output;
    private readonly int[] _depth;

    public int Count { get; }

    public NameMatcher(IEnumerable<string> foldedNames)
    {
        var names = foldedNames.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Count = names.Count;
        // Inserting names in sorted order creates each node's children in label order, so edges come out sorted.
        var parent = new List<int> { -1 };
        var label = new List<char> { '\0' };
        var depth = new List<int> { 0 };
        var ends = new List<bool> { false };
        var path = new List<int> { 0 };
        var previous = "";
        foreach (var name in names)
        {
            var shared = 0;
            while (shared < previous.Length && shared < name.Length && previous[shared] == name[shared]) shared++;
            path.RemoveRange(shared + 1, path.Count - shared - 1);
            for (var i = shared; i < name.Length; i++)
            {
                parent.Add(path[^1]);
                label.Add(name[i]);
                depth.Add(i + 1);
                ends.Add(false);
                path.Add(parent.Count - 1);
            }
            ends[path[^1]] = true;
            previous = name;
        }

        var nodes = parent.Count;
        _first = new int[nodes + 1];
        for (var n = 1; n < nodes; n++) _first[parent[n] + 1]++;
        for (var n = 0; n < nodes; n++) _first[n + 1] += _first[n];
        _labels = new char[nodes - 1];
        _targets = new int[nodes - 1];
        var filled = new int[nodes];
        // Nodes were numbered in insertion order, so a parent's children are visited in label order here too.
        for (var n = 1; n < nodes; n++)
        {
            var at = _first[parent[n]] + filled[parent[n]]++;
            (_labels[at], _targets[at]) = (label[n], n);
        }
        _depth = [.. depth];

        // Failure links breadth first: each node's points at the longest proper suffix of its path that is in the trie.
        _fail = new int[nodes];
        _output = new int[nodes];
        _output[0] = -1;
        var queue = new Queue<int>();
        for (var e = _first[0]; e < _first[1]; e++) queue.Enqueue(_targets[e]);
        while (queue.TryDequeue(out var node))
        {
            if (parent[node] != 0)
            {
                var f = _fail[parent[node]];
                int next;
                while ((next = Step(f, label[node])) < 0 && f != 0) f = _fail[f];
                _fail[node] = next < 0 ? 0 : next;
            }
            _output[node] = ends[node] ? node : _output[_fail[node]];
            for (var e = _first[node]; e < _first[node + 1]; e++) queue.Enqueue(_targets[e]);
        }
    }

    /// <summary>Every (start, length) where a name occurs in <paramref name="folded"/>, by where it ends.</summary>
    public List<(int Start, int Length)> Find(string folded)
    {
        var found = new List<(int Start, int Length)>();
        if (Count == 0) return found;
        var node = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            int next;
            while ((next = Step(node, c)) < 0 && node != 0) node = _fail[node];
            node = next < 0 ? 0 : next;
            for (var hit = _output[node]; hit > 0; hit = _output[_fail[hit]])
                found.Add((i + 1 - _depth[hit], _depth[hit]));
        }
        return found;
    }

    private int Step(int node, char c)
    {
        int low = _first[node], high = _first[node + 1] - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var at = _labels[middle];
            if (at == c) return _targets[middle];
            if (at < c) low = middle + 1;
            else high = middle - 1;
        }
        return -1;
    }
}
