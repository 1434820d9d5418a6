using System.CommandLine;
using Parley.Store;

namespace Parley;

/// <summary>What every verb shares: where to write, and the --db option that names the store.</summary>
public sealed class CliContext(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;
    public TextWriter Error { get; } = error;

    public Option<string?> Db { get; } = new("--db")
    {
        Description = $"The store: a SQLite file path or a PostgreSQL connection string (default: ${StoreLocation.EnvironmentVariable} or {StoreLocation.DefaultFile})",
        HelpName = "PATH|CONNECTION",
        Recursive = true,
    };

    public StoreLocation Location(ParseResult parse) => StoreLocation.Resolve(parse.GetValue(Db));
}
