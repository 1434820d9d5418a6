namespace Parley.Domain;

/// <summary>A record with a stable short name (its key), used in URLs, the CLI and the interchange format.</summary>
public interface IKeyed
{
    int Id { get; }
    string Key { get; }
}
