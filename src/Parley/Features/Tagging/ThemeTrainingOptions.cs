namespace Parley.Features.Tagging;

/// <summary>
/// How a theme model is trained. The defaults are the settings measured best on the shared UPR Info data
/// (docs/performance.md, "Theme tagging"); tests shrink them to train in a second.
/// </summary>
public sealed record ThemeTrainingOptions
{
    public ThemeTrainerKind Trainer { get; init; } = ThemeTrainerKind.Perceptron;
    /// <summary>Longest word n-gram (1 = single words, 2 = also pairs).</summary>
    public int WordNgrams { get; init; } = 2;
    /// <summary>Character n-gram length; 0 leaves character n-grams out.</summary>
    public int CharNgrams { get; init; } = 4;
    /// <summary>At most this many n-grams of each kind are kept (the most frequent), which bounds the model's size.</summary>
    public int MaxNgrams { get; init; } = 30_000;
    /// <summary>Weigh n-grams by inverse document frequency as well as by count.</summary>
    public bool TfIdf { get; init; }
    /// <summary>Positive examples of a label weigh (negatives/positives)^this: 0 = no class weighting, 0.5 = square root.</summary>
    public double PositiveWeighting { get; init; } = 0.5;
    /// <summary>Share of the examples held back to tune each label's threshold.</summary>
    public double ValidationShare { get; init; } = 0.15;
    /// <summary>After the thresholds are tuned, fit each label's classifier again on all examples (validation share included), keeping the thresholds.</summary>
    public bool Refit { get; init; }
    /// <summary>A label with fewer training examples than this is not learnt.</summary>
    public int MinExamples { get; init; } = 5;
    /// <summary>Passes over the data (SDCA iterations, perceptron and SVM epochs).</summary>
    public int Iterations { get; init; } = 10;
    public double L2 { get; init; } = 1e-5;
    /// <summary>LightGBM trees per label blended with the linear model; 0 = the linear model alone.</summary>
    public int Trees { get; init; } = 100;
    /// <summary>Leaves of each tree.</summary>
    public int TreeLeaves { get; init; } = 15;
    /// <summary>The trees of a label see only its n-grams of largest |linear weight|, this many.</summary>
    public int TreeNgrams { get; init; } = 1000;
}
