using System.CommandLine;
using Microsoft.Data.Sqlite;
using Npgsql;
using Parley.Features.Accounts;
using Parley.Features.Analyses;
using Parley.Features.Backup;
using Parley.Features.Briefings;
using Parley.Features.Generate;
using Parley.Features.Interchange;
using Parley.Features.Migrate;
using Parley.Features.Search;
using Parley.Features.Setup;
using Parley.Features.Stats;
using Parley.Web;

namespace Parley;

/// <summary>Builds the `parley` command tree and runs it, turning every failure into a one-line message and an exit code.</summary>
public static class ParleyCommandLine
{
    public const int ExitUsage = 2;
    public const int ExitFailure = 1;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct = default, TextReader? input = null)
    {
        var cli = new CliContext(output, error, input);
        var root = new RootCommand("Parley: the record of human-rights dialogues, turned into action. Run without a command to serve the web application.");
        root.Options.Add(cli.Db);
        root.Subcommands.Add(ServeCommand.Create(cli));
        root.Subcommands.Add(InitCommand.Create(cli));
        root.Subcommands.Add(ExportCommand.Create(cli));
        root.Subcommands.Add(ImportCommand.Create(cli));
        root.Subcommands.Add(StatsCommand.Create(cli));
        root.Subcommands.Add(BriefCommand.Create(cli));
        root.Subcommands.Add(BackupCommands.Backup(cli));
        root.Subcommands.Add(BackupCommands.Restore(cli));
        root.Subcommands.Add(MigrateCommand.Create(cli));
        root.Subcommands.Add(SearchCommand.Create(cli));
        root.Subcommands.Add(GenerateCommand.Create(cli));
        root.Subcommands.Add(UsersCommand.Create(cli));
        root.Subcommands.Add(TokensCommand.Create(cli));
        root.Subcommands.Add(AnalyzeCommand.Create(cli));
        root.Subcommands.Add(Features.Tagging.TagCommand.Create(cli));
        root.Subcommands.Add(Features.Asks.AsksCommand.Create(cli));
        root.Subcommands.Add(Features.FollowUp.FollowUpCommand.Create(cli));
        root.Subcommands.Add(Features.FollowUp.ReportCommand.Create(cli));

        var parse = root.Parse(WithDefaultVerb(args));
        if (parse.Errors.Count > 0)
        {
            // "Required command was not provided" hides the real mistake when a word was not recognised.
            var first = parse.Errors.FirstOrDefault(e => !e.Message.StartsWith("Required command", StringComparison.Ordinal)) ?? parse.Errors[0];
            error.WriteLine($"parley: {first.Message}");
            var command = parse.CommandResult.Command;
            error.WriteLine(command is RootCommand ? "Try 'parley --help'." : $"Try 'parley {command.Name} --help'.");
            return ExitUsage;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, ct);
        }
        catch (Exception e) when (Describe(e) is { } message)
        {
            error.WriteLine($"parley: {message}");
            return ExitFailure;
        }
    }

    /// <summary>`parley` and `parley --db x --urls y` mean `parley serve`; help and version stay with the root.</summary>
    private static string[] WithDefaultVerb(string[] args)
    {
        if (args.Any(a => a is "--help" or "-h" or "-?" or "--version")) return args;
        return args.Length == 0 || args[0].StartsWith('-') ? ["serve", .. args] : args;
    }

    /// <summary>The message for failures a user can act on; anything else is a bug and keeps its stack trace.</summary>
    private static string? Describe(Exception e) => e switch
    {
        UserError => e.Message,
        FileNotFoundException f => $"file not found: {f.FileName ?? f.Message}",
        DirectoryNotFoundException => e.Message,
        UnauthorizedAccessException => e.Message,
        SqliteException s => $"the SQLite store could not be used: {s.Message}",
        NpgsqlException n => $"the PostgreSQL store could not be reached: {n.Message}",
        OperationCanceledException => "cancelled",
        _ => Environment.GetEnvironmentVariable("PARLEY_DEBUG") is null ? $"unexpected error: {e.Message} (set PARLEY_DEBUG=1 for details)" : null,
    };
}
