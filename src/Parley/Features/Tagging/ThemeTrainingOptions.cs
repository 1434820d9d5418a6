namespace Parley.Features.Tagging;

/// <summary>
/// How a theme model is trained. The defaults are the settings measured best on the shared UPR Info data
/// (docs/performance.md, "Theme tagging"); tests shrink them to train in a second.
/// </summary>
public sealed record ThemeTrainingOptions
{
    public ThemeTrainerKind Trainer { get; init; } = ThemeTrainerKind.Svm;
    /// <summary>Longest word n-gram (1 = single words, 2 = also pairs).</summary>
    public int WordNgrams { get; init; } = 2;
    /// <summary>Character n-gram length; 0 leaves character n-grams out.</summary>
    public int CharNgrams { get; init; } = 4;
    /// <summary>At most this many n-grams of each kind are kept (the most frequent), which bounds the model's size.</summary>
    public int MaxNgrams { get; init; } = 300_000;
    /// <summary>Weigh n-grams by inverse document frequency as well as by count.</summary>
    public bool TfIdf { get; init; } = true;
    /// <summary>Positive examples of a label weigh (negatives/positives)^this: 0 = no class weighting, 1 = as much as all negatives together.</summary>
    public double PositiveWeighting { get; init; } = 1;

    /// <summary>
    /// What one positive example of a label weighs against a negative one (<see cref="PositiveWeighting"/>), for every
    /// learner of the label: linear models and trees. Counts of 0 are taken as 1 so the weight stays finite and positive.
    /// </summary>
    public double PositiveWeight(bool[] positive)
    {
        var positives = positive.Count(p => p);
        return Math.Pow((double)Math.Max(1, positive.Length - positives) / Math.Max(1, positives), PositiveWeighting);
    }
    /// <summary>
    /// Thresholds are tuned on scores from models fitted without the scored texts: with this many folds (2 or more)
    /// each fold is scored by a model fitted on the others and the final model learns from every text; with 0 a
    /// <see cref="ValidationShare"/> is held back from the final model instead.
    /// </summary>
    public int Folds { get; init; } = 4;
    /// <summary>Share of the examples held back to tune each label's threshold when <see cref="Folds"/> is 0.</summary>
    public double ValidationShare { get; init; } = 0.15;
    /// <summary>A label with fewer training examples than this is not learnt.</summary>
    public int MinExamples { get; init; } = 5;
    /// <summary>Passes over the data (SDCA iterations, perceptron epochs; the SVM stops earlier once it has converged).</summary>
    public int Iterations { get; init; } = 50;
    /// <summary>SDCA's L2 regularisation.</summary>
    public double L2 { get; init; } = 1e-5;
    /// <summary>The SVM's cost of a unit of loss (LIBLINEAR's C): larger fits the training texts more closely.</summary>
    public double Cost { get; init; } = 0.5;
    /// <summary>LightGBM trees per label blended with the linear model; 0 = the linear model alone.</summary>
    public int Trees { get; init; } = 100;
    /// <summary>Leaves of each tree.</summary>
    public int TreeLeaves { get; init; } = 15;
    /// <summary>The trees of a label see only its n-grams of largest |linear weight|, this many.</summary>
    public int TreeNgrams { get; init; } = 1000;
}
