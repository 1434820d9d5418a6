namespace Parley.Features.Interchange;

/// <summary>Something wrong with input, named by its place (file, line, record, field), so the user can fix it.</summary>
public sealed record ImportProblem(string Place, string Message)
{
    /// <summary>The field inside the record ("title", "delegates[0].institution"), when the problem is about one.</summary>
    public string? Field { get; init; }

    public override string ToString() => $"{Place}: {Message}";
}
