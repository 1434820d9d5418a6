using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.FollowUp;

/// <summary>
/// `parley follow-up`: assign an accepted recommendation, a cluster by issue area or a commitment to institutions and
/// people, plan actions and indicators, record and review progress reports, and list what is due.
/// </summary>
public static class FollowUpCommand
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static Command Create(CliContext cli)
    {
        var command = new Command("follow-up", "Follow up accepted recommendations and commitments between rounds: who acts, planned actions, indicators, progress reports, what is due.");
        command.Subcommands.Add(Assign(cli));
        command.Subcommands.Add(Person(cli));
        command.Subcommands.Add(Action(cli));
        command.Subcommands.Add(Indicator(cli));
        command.Subcommands.Add(Report(cli));
        command.Subcommands.Add(Review(cli));
        command.Subcommands.Add(Attach(cli));
        command.Subcommands.Add(Detach(cli));
        command.Subcommands.Add(List(cli));
        command.Subcommands.Add(Due(cli));
        command.Subcommands.Add(Remind(cli));
        command.Subcommands.Add(Notify(cli));
        command.Subcommands.Add(Progress(cli));
        return command;
    }

    private static Argument<string> AssignmentArgument() => new("ASSIGNMENT") { Description = "The follow-up's key (parley follow-up list shows them)" };

    private static Command Assign(CliContext cli)
    {
        var recommendation = new Option<string?>("--recommendation") { Description = "An accepted recommendation's key", HelpName = "KEY" };
        var commitment = new Option<string?>("--commitment") { Description = "A commitment's key", HelpName = "KEY" };
        var area = new Option<string?>("--issue-area") { Description = "With --party: the cluster of the party's accepted recommendations in this issue area", HelpName = "KEY" };
        var party = new Option<string?>("--party") { Description = "The party a cluster's recommendations were made to", HelpName = "KEY" };
        var cycle = new Option<int?>("--cycle") { Description = "Limit a cluster to one UN review cycle", HelpName = "N" };
        var lead = new Option<string>("--lead") { Description = "The lead institution's key", HelpName = "INSTITUTION", Required = true };
        var support = new Option<string[]>("--support") { Description = "A supporting institution's key (repeat for more)", HelpName = "INSTITUTION" };
        var title = new Option<string?>("--title") { Description = "A short title (default: the recommendation's or commitment's own)" };
        var key = new Option<string?>("--key") { Description = "The follow-up's key (default: made from what it follows)" };
        var since = new Option<string?>("--assigned-on") { Description = "The day it was assigned (default: today)", HelpName = "YYYY-MM-DD" };
        var command = new Command("assign", "Assign a recommendation, a cluster by issue area, or a commitment to a lead institution and supporting ones.");
        foreach (var option in new Option[] { recommendation, commitment, area, party, cycle, lead, support, title, key, since }) command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await OpenAsync(cli, parse, ct);
            var assignment = await FollowUpChanges.AssignAsync(db, new AssignmentInput(parse.GetValue(key), parse.GetValue(title),
                parse.GetValue(recommendation), parse.GetValue(commitment), parse.GetValue(area), parse.GetValue(party), parse.GetValue(cycle),
                parse.GetValue(lead), parse.GetValue(support), parse.GetValue(since)), StoreClock.Today(), ct);
            cli.Out.WriteLine($"assigned {assignment.Key}: {assignment.Title}");
            return 0;
        });
        return command;
    }

    private static Command Person(CliContext cli)
    {
        var assignment = AssignmentArgument();
        var name = new Option<string>("--name") { Description = "The person's name", Required = true };
        var email = new Option<string?>("--email") { Description = "Their e-mail address, for reminders" };
        var user = new Option<string?>("--user") { Description = "Their Parley user name" };
        var institution = new Option<string?>("--institution") { Description = "The institution they speak for (its key)", HelpName = "KEY" };
        var command = new Command("person", "Add a person who follows the assignment: a Parley user or a contact with an e-mail address.");
        command.Arguments.Add(assignment);
        foreach (var option in new Option[] { name, email, user, institution }) command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await OpenAsync(cli, parse, ct);
            var person = await FollowUpChanges.AddPersonAsync(db, parse.GetValue(assignment)!,
                new PersonInput(parse.GetValue(name), parse.GetValue(email), parse.GetValue(user), parse.GetValue(institution)), ct);
            cli.Out.WriteLine($"{person.Name} follows {parse.GetValue(assignment)}");
            return 0;
        });
        return command;
    }

    private static Command Action(CliContext cli)
    {
        var assignment = AssignmentArgument();
        var what = new Option<string>("--what") { Description = "What is to be done", Required = true };
        var who = new Option<string?>("--who") { Description = "Who does it" };
        var by = new Option<string?>("--by") { Description = "The target date", HelpName = "YYYY-MM-DD" };
        var command = new Command("action", "Plan an action for the assignment: what, who, by when.");
        command.Arguments.Add(assignment);
        foreach (var option in new Option[] { what, who, by }) command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await OpenAsync(cli, parse, ct);
            var action = await FollowUpChanges.AddActionAsync(db, parse.GetValue(assignment)!, new ActionInput(parse.GetValue(what), parse.GetValue(who), parse.GetValue(by)), ct);
            cli.Out.WriteLine($"action {action.Number} planned on {parse.GetValue(assignment)}");
            return 0;
        });
        return command;
    }

    private static Command Indicator(CliContext cli)
    {
        var assignment = AssignmentArgument();
        var measure = new Option<string>("--measure") { Description = "What is measured", Required = true };
        var baseline = new Option<string?>("--baseline") { Description = "Where it stands at the start" };
        var target = new Option<string?>("--target") { Description = "Where it should get to" };
        var frequency = new Option<string>("--frequency") { Description = "How often it is reported: monthly, quarterly, half-yearly or yearly", Required = true };
        var verification = new Option<string?>("--verification") { Description = "How it is verified (the means or source of verification)" };
        var command = new Command("indicator", "Add an indicator to the assignment: measure, baseline, target, frequency, means of verification.");
        command.Arguments.Add(assignment);
        foreach (var option in new Option[] { measure, baseline, target, frequency, verification }) command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await OpenAsync(cli, parse, ct);
            var indicator = await FollowUpChanges.AddIndicatorAsync(db, parse.GetValue(assignment)!, new IndicatorInput(parse.GetValue(measure),
                parse.GetValue(baseline), parse.GetValue(target), parse.GetValue(frequency), parse.GetValue(verification)), ct);
            cli.Out.WriteLine($"indicator {indicator.Number} added to {parse.GetValue(assignment)}");
            return 0;
        });
        return command;
    }

    private static Command Report(CliContext cli)
    {
        var assignment = AssignmentArgument();
        var date = new Option<string>("--date") { Description = "The day the report speaks of", HelpName = "YYYY-MM-DD", Required = true };
        var text = new Option<string>("--text") { Description = "What happened", Required = true };
        var state = new Option<string>("--state") { Description = "The state it supports: not-started, in-progress, partially-implemented, implemented or regressed", Required = true };
        var action = new Option<int?>("--action") { Description = "The action it reports on (its number)", HelpName = "N" };
        var indicator = new Option<int?>("--indicator") { Description = "The indicator it reports on (its number)", HelpName = "N" };
        var value = new Option<string?>("--value") { Description = "The indicator's value" };
        var source = new Option<string?>("--source") { Description = "The evidence: the document or source it rests on" };
        var link = new Option<string?>("--link") { Description = "A web address of the evidence" };
        var reviewed = new Option<bool>("--reviewed") { Description = "The report is reviewed already (it counts towards the state at once)" };
        var file = new Option<string?>("--file")
        {
            Description = $"A file kept in the store as the evidence ({EvidenceUpload.KindsAccepted.English}; at most {InputLimits.Size(InputLimits.Current.EvidenceBytes)})",
            HelpName = "PATH",
        };
        var command = new Command("report", "Record a progress report on the assignment, one of its actions or one of its indicators.");
        command.Arguments.Add(assignment);
        foreach (var option in new Option[] { date, text, state, action, indicator, value, source, link, reviewed, file }) command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            var evidence = parse.GetValue(file) is { } path ? await ReadEvidenceAsync(path, "--file", ct) : null;
            await using var db = await OpenAsync(cli, parse, ct);
            var report = await FollowUpChanges.ReportAsync(db, parse.GetValue(assignment)!, new ReportInput(parse.GetValue(date), parse.GetValue(text),
                parse.GetValue(state), parse.GetValue(action), parse.GetValue(indicator), parse.GetValue(value), parse.GetValue(source),
                parse.GetValue(link), parse.GetValue(reviewed)), ct, evidence);
            cli.Out.WriteLine($"report {report.Number} recorded on {parse.GetValue(assignment)}{(evidence is null ? "" : $" with the file {evidence.FileName} ({EvidenceUpload.Size(evidence.Size)})")}"
                + (report.Reviewed ? "" : " (not reviewed yet: it counts once reviewed)"));
            return 0;
        });
        return command;
    }

    /// <summary>A file named on the command line, checked as an upload is: size first, then its content.</summary>
    private static async Task<EvidenceFile> ReadEvidenceAsync(string path, string place, CancellationToken ct)
    {
        if (!File.Exists(path)) throw new UserError($"{place}: no file at {path}");
        EvidenceUpload.TooLarge(Path.GetFileName(path), new FileInfo(path).Length, InputLimits.Current.EvidenceBytes);
        return EvidenceUpload.Check(Path.GetFileName(path), await File.ReadAllBytesAsync(path, ct), InputLimits.Current.EvidenceBytes);
    }

    private static Command Attach(CliContext cli)
    {
        var assignment = AssignmentArgument();
        var number = new Argument<int>("REPORT") { Description = "The report's number" };
        var path = new Argument<string>("FILE")
        {
            Description = $"The evidence file ({EvidenceUpload.KindsAccepted.English}; at most {InputLimits.Size(InputLimits.Current.EvidenceBytes)}); it replaces the report's file if it has one",
        };
        var command = new Command("attach", "Keep a file in the store as the evidence of a report already recorded.");
        foreach (var argument in new Argument[] { assignment, number, path }) command.Arguments.Add(argument);
        command.SetAction(async (parse, ct) =>
        {
            var evidence = await ReadEvidenceAsync(parse.GetValue(path)!, "FILE", ct);
            await using var db = await OpenAsync(cli, parse, ct);
            await FollowUpChanges.AttachEvidenceAsync(db, parse.GetValue(assignment)!, parse.GetValue(number), evidence, ct);
            cli.Out.WriteLine($"report {parse.GetValue(number)} on {parse.GetValue(assignment)} has the file {evidence.FileName} ({EvidenceUpload.Size(evidence.Size)})");
            return 0;
        });
        return command;
    }

    private static Command Detach(CliContext cli)
    {
        var assignment = AssignmentArgument();
        var number = new Argument<int>("REPORT") { Description = "The report's number" };
        var command = new Command("detach", "Remove a report's evidence file from the store (the report stays).");
        command.Arguments.Add(assignment);
        command.Arguments.Add(number);
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await OpenAsync(cli, parse, ct);
            var removed = await FollowUpChanges.RemoveEvidenceAsync(db, parse.GetValue(assignment)!, parse.GetValue(number), ct);
            cli.Out.WriteLine($"the file {removed.FileName} was removed from report {parse.GetValue(number)} on {parse.GetValue(assignment)}");
            return 0;
        });
        return command;
    }

    private static Command Review(CliContext cli)
    {
        var assignment = AssignmentArgument();
        var number = new Argument<int>("REPORT") { Description = "The report's number" };
        var command = new Command("review", "Mark a progress report reviewed: from then on it counts towards the implementation state.");
        command.Arguments.Add(assignment);
        command.Arguments.Add(number);
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await OpenAsync(cli, parse, ct);
            await FollowUpChanges.ReviewAsync(db, parse.GetValue(assignment)!, parse.GetValue(number), ct);
            cli.Out.WriteLine($"report {parse.GetValue(number)} on {parse.GetValue(assignment)} reviewed");
            return 0;
        });
        return command;
    }

    private static Command List(CliContext cli)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table" };
        var command = new Command("list", "List the follow-ups with their lead institution and derived implementation state.");
        command.Options.Add(json);
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await ParleyStore.OpenExistingAsync(cli.Location(parse), ct);
            var today = StoreClock.Today();
            if (parse.GetValue(json))
            {
                cli.Out.WriteLine(JsonSerializer.Serialize(await FollowUpQuery.DocumentsAsync(db, today, ct), Json));
                return 0;
            }
            var all = await FollowUpQuery.AllAsync(db, ct);
            if (all.Count == 0) cli.Out.WriteLine("no follow-ups yet (parley follow-up assign adds one)");
            foreach (var a in all)
                cli.Out.WriteLine($"{a.Key}  [{FollowUpNames.Label(ImplementationRule.Derive(a, today))}]  lead: {a.LeadInstitution?.Name ?? "none"}  {a.Title}"
                    + (a.Illustration ? $"  ({MidTermText.En.Illustration})" : ""));
            return 0;
        });
        return command;
    }

    private static Command Due(CliContext cli)
    {
        var within = new Option<int>("--within") { Description = "Days ahead to look", DefaultValueFactory = _ => 30, HelpName = "DAYS" };
        var user = new Option<string?>("--user") { Description = "Only what this Parley user (or e-mail address) follows" };
        var institution = new Option<string?>("--institution") { Description = "Only what this institution leads or supports", HelpName = "KEY" };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table" };
        var command = new Command("due", "List actions and indicators due within the days given, overdue, or unreported for longer than their frequency.");
        foreach (var option in new Option[] { within, user, institution, json }) command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await ParleyStore.OpenExistingAsync(cli.Location(parse), ct);
            var today = StoreClock.Today();
            var items = await DueQuery.FindAsync(db, today, parse.GetValue(within), parse.GetValue(user), parse.GetValue(institution), ct);
            if (parse.GetValue(json))
            {
                cli.Out.WriteLine(JsonSerializer.Serialize(items, Json));
                return 0;
            }
            cli.Out.WriteLine($"due by {today.AddDays(parse.GetValue(within)):yyyy-MM-dd} (today is {today:yyyy-MM-dd} in {StoreClock.Zone().Id}): {items.Count} item(s)");
            foreach (var item in items)
                cli.Out.WriteLine($"{item.DueOn:yyyy-MM-dd}  {Describe(item)}  {item.Assignment} {item.Item} {item.Number}: {item.What}" +
                    (item.Institutions.Count > 0 ? $"  ({string.Join(", ", item.Institutions)})" : "") +
                    (item.Illustration ? $"  [{MidTermText.En.Illustration}]" : ""));
            return 0;
        });
        return command;
    }

    private static Command Progress(CliContext cli)
    {
        var by = new Option<string>("--by") { Description = "Group by area, institution, channel, cycle or state (the recommending state)", DefaultValueFactory = _ => "area" };
        var since = new Option<string?>("--since") { Description = "Compare with this day (default: the day of the last round held)", HelpName = "YYYY-MM-DD" };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table" };
        var command = new Command("progress", "Count accepted recommendations and commitments by implementation state per group, now and at the last round.");
        foreach (var option in new Option[] { by, since, json }) command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            var dimension = ProgressStatistics.Parse(parse.GetValue(by));
            var day = ProgressQuery.Since(parse.GetValue(since));
            await using var db = await ParleyStore.OpenExistingAsync(cli.Location(parse), ct);
            var summary = await ProgressQuery.LoadAsync(db, dimension, StoreClock.Today(), day, ct);
            if (parse.GetValue(json))
            {
                cli.Out.WriteLine(JsonSerializer.Serialize(summary, Json));
                return 0;
            }
            foreach (var line in ProgressText.Lines(summary)) cli.Out.WriteLine(line);
            return 0;
        });
        return command;
    }

    private static Command Remind(CliContext cli)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would be sent, and change nothing" };
        var within = new Option<int>("--within") { Description = "Days ahead a reminder is sent for", DefaultValueFactory = _ => ReminderRun.DefaultWithin, HelpName = "DAYS" };
        var host = new Option<string?>("--smtp-host") { Description = "The SMTP server (default: the Parley__Smtp__Host environment variable; none: notifications are kept in the app only)" };
        var port = new Option<int?>("--smtp-port") { Description = "Its port (default 25)" };
        var from = new Option<string?>("--smtp-from") { Description = "The sender's address" };
        var command = new Command("remind", "Make the reminders and weekly digests that are due, as in-app notifications, and send the pending e-mail.");
        foreach (var option in new Option[] { dryRun, within, host, port, from }) command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await OpenAsync(cli, parse, ct);
            var today = StoreClock.Today();
            var made = await ReminderRun.RunAsync(db, today, parse.GetValue(within), parse.GetValue(dryRun), ct);
            foreach (var n in made)
                cli.Out.WriteLine($"{(n.ByEmail ? $"e-mail to {n.Email}" : "in the app")} for {n.Recipient}: {n.Subject}");
            if (parse.GetValue(dryRun))
            {
                cli.Out.WriteLine($"dry run: {made.Count} notification(s) would be made; nothing was changed or sent");
                return 0;
            }
            cli.Out.WriteLine($"{made.Count} notification(s) made");
            var configured = new ConfigurationBuilder().AddEnvironmentVariables().Build();
            var smtp = SmtpSettings.Read(configured);
            if (parse.GetValue(host) is { Length: > 0 } given)
                smtp = new SmtpSettings(given, parse.GetValue(port) ?? 25, parse.GetValue(from) ?? smtp?.From ?? "parley@localhost", smtp?.User, smtp?.Password, smtp?.StartTls ?? false);
            if (smtp is null)
            {
                cli.Out.WriteLine("no SMTP server configured: e-mail stays pending");
                return 0;
            }
            var logger = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
            var (sent, failed) = await NotificationMailer.SendPendingAsync(db, smtp, logger, ct);
            cli.Out.WriteLine($"e-mail: {sent} sent, {failed} failed (kept and tried again on the next run)");
            return 0;
        });
        return command;
    }

    private static Command Notify(CliContext cli)
    {
        var recipient = new Argument<string>("PERSON") { Description = "A Parley user name, or a contact's e-mail address" };
        var reminders = new Option<bool?>("--reminders") { Description = "Reminders of what is due: true or false" };
        var digest = new Option<bool?>("--digest") { Description = "The weekly digest: true or false" };
        var email = new Option<bool?>("--email") { Description = "By e-mail: true or false" };
        var inApp = new Option<bool?>("--in-app") { Description = "In the app: true or false" };
        var command = new Command("notify", "Turn a person's reminders, weekly digest, e-mail or in-app notifications on or off, and show them.");
        command.Arguments.Add(recipient);
        foreach (var option in new Option[] { reminders, digest, email, inApp }) command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await OpenAsync(cli, parse, ct);
            var s = await NotificationPreferences.SetAsync(db, parse.GetValue(recipient)!, parse.GetValue(reminders), parse.GetValue(digest), parse.GetValue(email), parse.GetValue(inApp), ct);
            cli.Out.WriteLine($"{s.Recipient}: reminders {OnOff(s.Reminders)}, weekly digest {OnOff(s.WeeklyDigest)}, e-mail {OnOff(s.ByEmail)}, in the app {OnOff(s.InApp)}");
            return 0;
        });
        return command;
    }

    private static string OnOff(bool on) => on ? "on" : "off";

    public static string Describe(DueItem item) => FollowUpNames.Describe(item);

    private static async Task<ParleyDb> OpenAsync(CliContext cli, ParseResult parse, CancellationToken ct)
    {
        var db = await ParleyStore.OpenExistingAsync(cli.Location(parse), ct);
        db.Actor = $"cli:{Environment.UserName}";
        return db;
    }
}
