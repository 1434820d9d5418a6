using System.CommandLine;
using Parley.Store;

namespace Parley;

/// <summary>What every verb shares: where to read and write, and the --db option that names the store.</summary>
public sealed class CliContext(TextWriter output, TextWriter error, TextReader? input = null)
{
    public TextWriter Out { get; } = output;
    public TextWriter Error { get; } = error;

    /// <summary>Standard input, or the text a caller (a test) supplies instead.</summary>
    public TextReader In { get; } = input ?? Console.In;

    /// <summary>True when a person can be prompted: real standard input from a terminal.</summary>
    public bool IsInteractive { get; } = input is null && !Console.IsInputRedirected;

    public Option<string?> Db { get; } = new("--db")
    {
        Description = $"The store: a SQLite file path or a PostgreSQL connection string (default: ${StoreLocation.EnvironmentVariable} or {StoreLocation.DefaultFile})",
        HelpName = "PATH|CONNECTION",
        Recursive = true,
    };

    public StoreLocation Location(ParseResult parse) => StoreLocation.Resolve(parse.GetValue(Db));
}
