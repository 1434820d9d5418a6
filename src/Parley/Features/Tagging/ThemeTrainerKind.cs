namespace Parley.Features.Tagging;

/// <summary>The ML.NET binary trainer fitted once per label (docs/performance.md, "Theme tagging", compares them).</summary>
public enum ThemeTrainerKind
{
    /// <summary>Logistic regression by stochastic dual coordinate ascent.</summary>
    Sdca,
    /// <summary>Averaged perceptron.</summary>
    Perceptron,
    /// <summary>Linear support vector machine (Pegasos).</summary>
    Svm,
}
