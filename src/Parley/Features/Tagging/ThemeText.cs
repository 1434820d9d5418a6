namespace Parley.Features.Tagging;

/// <summary>The one input column of the ML.NET text featuriser.</summary>
public sealed class ThemeText
{
    public string Text { get; set; } = "";
}
