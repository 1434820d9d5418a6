namespace Parley.Features.Tagging;

/// <summary>The binary trainer fitted once per label (docs/performance.md, "Theme tagging", compares them).</summary>
public enum ThemeTrainerKind
{
    /// <summary>Logistic regression by stochastic dual coordinate ascent.</summary>
    Sdca,
    /// <summary>Averaged perceptron.</summary>
    Perceptron,
    /// <summary>Linear support vector machine, squared hinge loss, by dual coordinate descent (<see cref="ThemeSvm"/>).</summary>
    Svm,
}
