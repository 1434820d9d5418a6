namespace Parley.Features.Interchange;

/// <summary>Something wrong with input, named by its place (file, line, record, field), so the user can fix it.</summary>
public sealed record ImportProblem(string Place, string Message)
{
    public override string ToString() => $"{Place}: {Message}";
}
