using System.CommandLine;
using Parley.Features.Accounts;
using Parley.Features.Setup;

namespace Parley.Web;

/// <summary>`parley serve`: prepare the store (create and seed on first start) and run the web application.</summary>
public static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create(CliContext cli)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => DefaultUrls, HelpName = "URLS" };
        var command = new Command("serve", $"Run the web application and JSON API (default {DefaultUrls}); creates and seeds the store on first start.");
        command.Options.Add(urls);
        command.SetAction(async (parse, ct) =>
        {
            var location = cli.Location(parse);
            var outcome = await StoreSetup.EnsureReadyAsync(location, ct);
            if (outcome.Created) cli.Out.WriteLine($"Created {location.Display} with {outcome.RecordsSeeded} records from the bundled U.S.–Vietnam data set.");
            else if (outcome.MigrationsApplied > 0) cli.Out.WriteLine($"Upgraded {location.Display} to schema {outcome.SchemaVersion}.");
            if (outcome.Notice is { } notice) cli.Error.WriteLine(notice);
            var adminPassword = await FirstRunAdmin.EnsureAsync(location, ct);
            await using var app = ParleyWebApp.Build(new WebSettings(location, parse.GetValue(urls)!));
            await app.StartAsync(ct);
            _ = Features.Dashboard.DashboardWarmUp.RunAsync(app.Services, app.Logger, app.Lifetime.ApplicationStopping);
            cli.Out.WriteLine($"Parley is serving {location.Display} at {string.Join(", ", app.Urls)} (Ctrl+C to stop).");
            if (adminPassword is not null) PrintFirstPassword(cli.Out, adminPassword, app.Urls.FirstOrDefault() ?? DefaultUrls);
            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return command;
    }

    /// <summary>
    /// The one-time password is the last thing printed and framed, so that it does not scroll away unseen under the
    /// server's log lines; tests read it back by the sentence inside the frame.
    /// </summary>
    private static void PrintFirstPassword(TextWriter output, string password, string url)
    {
        string[] lines =
        [
            $"Created the account '{FirstRunAdmin.UserName}' with the one-time password {password}. Sign in at",
            $"{url.TrimEnd('/')}/login and choose your own password; this one is not shown again.",
        ];
        var width = lines.Max(l => l.Length);
        var rule = new string('=', width + 4);
        output.WriteLine();
        output.WriteLine(rule);
        foreach (var line in lines) output.WriteLine($"| {line.PadRight(width)} |");
        output.WriteLine(rule);
    }
}
