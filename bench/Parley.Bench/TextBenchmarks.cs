using BenchmarkDotNet.Attributes;
using Parley.Features.Search;

namespace Parley.Bench;

/// <summary>The per-record work of indexing and of showing a hit: folding Vietnamese text and marking matches.</summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private const string Text = "Hoàng Thị Minh Hồng, a prominent environmental activist, was arrested in 2023 in Thành phố Hồ Chí Minh; " +
        "the Đồng Tâm case and Article 331 of the Criminal Code on abusing democratic freedoms were raised in the dialogue.";

    private static readonly SearchQuery Query = SearchQuery.TryParse("hoang hong \"democratic freedoms\" arrest*", out var q, out _) ? q : throw new InvalidOperationException();

    [Benchmark]
    public string FoldTerms() => SearchWords.Terms(Text);

    [Benchmark]
    public string HighlightSnippet() => Highlighter.Html(Highlighter.Pieces(Text, Query, Highlighter.SnippetLength));
}
