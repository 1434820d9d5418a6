using System.CommandLine;
using Microsoft.EntityFrameworkCore;

namespace Parley.Features.Accounts;

/// <summary>
/// `parley users ...`: the account lifecycle from the terminal, the same as the /accounts page (both go through
/// <see cref="AccountLifecycle"/>): add, list, change role, grant or revoke case access, disable and enable, delete,
/// reset a password, list sessions and end them. Every change is in the audit trail as cli:USER.
/// </summary>
public static class UsersCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("users", "Manage the accounts that sign in to the web application.");
        command.Subcommands.Add(Add(cli));
        command.Subcommands.Add(List(cli));
        command.Subcommands.Add(SetRole(cli));
        command.Subcommands.Add(SetCaseAccess(cli, "grant-cases", true, "Let a viewer read case records (editors and admins always can)."));
        command.Subcommands.Add(SetCaseAccess(cli, "revoke-cases", false, "Withdraw a viewer's access to case records."));
        command.Subcommands.Add(SetDisabled(cli, "disable", true, "Disable an account: it cannot sign in, its sessions end and its tokens are refused."));
        command.Subcommands.Add(SetDisabled(cli, "enable", false, "Enable a disabled account again."));
        command.Subcommands.Add(Delete(cli));
        command.Subcommands.Add(ResetPassword(cli));
        command.Subcommands.Add(Sessions(cli));
        command.Subcommands.Add(EndSession(cli));
        command.Subcommands.Add(SignOut(cli));
        return command;
    }

    private static Argument<string> NameArgument() => new("NAME") { Description = "The user name" };

    /// <summary>Runs a change on the store as the person at the terminal.</summary>
    private static void Change(CliContext cli, Command command, Func<ParseResult, AccountLifecycle, AccountStore, CancellationToken, Task> change) =>
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await AccountStore.OpenAsync(cli.Location(parse), ct);
            AccountAudit.ActFromCli(store.Db);
            await change(parse, new AccountLifecycle(store.Users, store.Db), store, ct);
            return 0;
        });

    private static Command Add(CliContext cli)
    {
        var name = NameArgument();
        var role = new Option<string>("--role") { Description = "viewer (read), editor (read and write) or admin (also users and the audit trail)", Required = true, HelpName = "ROLE" };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var stdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input instead of prompting" };
        var oneTime = new Option<bool>("--one-time") { Description = "Generate a one-time password, printed once, that the person must replace at first sign-in" };
        var command = new Command("add", $"Create an account; the password (at least {IdentitySetup.MinimumPasswordLength} characters, not a common one) "
            + "is prompted for (without echo), read with --password-stdin, or generated with --one-time.");
        command.Arguments.Add(name);
        command.Options.Add(role);
        command.Options.Add(stdin);
        command.Options.Add(oneTime);
        Change(cli, command, async (parse, accounts, store, ct) =>
        {
            var userName = parse.GetValue(name)!;
            if (await store.Users.FindByNameAsync(userName) is not null) throw new UserError($"a user named '{userName}' already exists");
            var password = parse.GetValue(oneTime) ? null : PasswordInput.Read(cli, userName, parse.GetValue(stdin));
            var generated = await accounts.AddAsync(userName, parse.GetValue(role)!, password, ct);
            cli.Out.WriteLine($"Created user {userName} with the role {parse.GetValue(role)}.");
            if (generated is not null)
                cli.Out.WriteLine($"One-time password: {generated} (not shown again; {userName} chooses their own at first sign-in).");
        });
        return command;
    }

    private static Command List(CliContext cli)
    {
        var command = new Command("list", "List the accounts with their roles, case access and state.");
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await AccountStore.OpenAsync(cli.Location(parse), ct);
            var db = store.Db;
            var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
            var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
            if (users.Count == 0) { cli.Out.WriteLine("No users yet: 'parley serve' creates the first admin, or use 'parley users add'."); return 0; }
            var width = Math.Max(4, users.Max(u => u.UserName?.Length ?? 0));
            var granted = (await db.UserClaims.Where(c => c.ClaimType == CaseAccess.ClaimType && c.ClaimValue == CaseAccess.ClaimValue)
                .Select(c => c.UserId).ToListAsync(ct)).ToHashSet();
            cli.Out.WriteLine($"{"name".PadRight(width)}  {"role",-7}  {"cases",-5}  {"created",-10}  state");
            foreach (var u in users)
            {
                var userRoles = roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList();
                var role = string.Join(",", userRoles);
                var cases = userRoles.Any(r => r is Roles.Editor or Roles.Admin) || granted.Contains(u.Id) ? "yes" : "no";
                var state = u.DisabledAt is { } disabled ? $"disabled since {disabled:yyyy-MM-dd HH:mm} UTC"
                    : u.LockoutEnd is { } end && end > DateTimeOffset.UtcNow ? $"locked until {end:yyyy-MM-dd HH:mm} UTC" : "active";
                cli.Out.WriteLine($"{u.UserName!.PadRight(width)}  {role,-7}  {cases,-5}  {u.CreatedAt:yyyy-MM-dd}  {state}");
            }
            return 0;
        });
        return command;
    }

    private static Command SetRole(CliContext cli)
    {
        var name = NameArgument();
        var role = new Argument<string>("ROLE") { Description = "viewer, editor or admin" };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var command = new Command("role", "Give an account another role (browsers signed in with the old one are signed out within a minute).");
        command.Arguments.Add(name);
        command.Arguments.Add(role);
        Change(cli, command, async (parse, accounts, _, ct) =>
        {
            var changed = await accounts.SetRoleAsync(parse.GetValue(name)!, parse.GetValue(role)!, null, ct);
            cli.Out.WriteLine(changed ? $"{parse.GetValue(name)} now has the role {parse.GetValue(role)}." : $"{parse.GetValue(name)} already had the role {parse.GetValue(role)}; nothing changed.");
        });
        return command;
    }

    private static Command SetCaseAccess(CliContext cli, string verb, bool allowed, string description)
    {
        var name = NameArgument();
        var command = new Command(verb, description);
        command.Arguments.Add(name);
        Change(cli, command, async (parse, _, store, ct) =>
        {
            var user = await store.FindAsync(parse.GetValue(name)!);
            var changed = await CaseAccess.SetAsync(store.Users, store.Db, user, allowed, ct);
            var always = (await store.Users.GetRolesAsync(user)).Any(r => r is Roles.Editor or Roles.Admin);
            cli.Out.WriteLine((changed, allowed) switch
            {
                (true, true) => $"{user.UserName} may now read case records.",
                (true, false) => $"{user.UserName} may no longer read case records.",
                (false, true) => $"{user.UserName} already had case access; nothing changed.",
                (false, false) => $"{user.UserName} had no case access granted; nothing changed.",
            } + (always ? " (As an editor or admin, they read cases whatever this says.)" : ""));
        });
        return command;
    }

    private static Command SetDisabled(CliContext cli, string verb, bool disabled, string description)
    {
        var name = NameArgument();
        var command = new Command(verb, description);
        command.Arguments.Add(name);
        Change(cli, command, async (parse, accounts, _, ct) =>
        {
            var user = parse.GetValue(name)!;
            var changed = await accounts.SetDisabledAsync(user, disabled, null, ct);
            cli.Out.WriteLine(!changed ? $"{user} was already {(disabled ? "disabled" : "enabled")}; nothing changed."
                : disabled ? $"Disabled {user}: it cannot sign in, its sessions have ended and its tokens are refused." : $"Enabled {user}.");
        });
        return command;
    }

    private static Command Delete(CliContext cli)
    {
        var name = NameArgument();
        var command = new Command("delete", "Delete an account with its sessions, tokens and case access; the audit trail keeps what it did.");
        command.Arguments.Add(name);
        Change(cli, command, async (parse, accounts, _, ct) =>
        {
            await accounts.DeleteAsync(parse.GetValue(name)!, null, ct);
            cli.Out.WriteLine($"Deleted {parse.GetValue(name)}; its entries in the audit trail remain.");
        });
        return command;
    }

    private static Command ResetPassword(CliContext cli)
    {
        var name = NameArgument();
        var command = new Command("reset-password", "Give an account a one-time password (printed once) that must be replaced at the next sign-in; ends its sessions.");
        command.Arguments.Add(name);
        Change(cli, command, async (parse, accounts, _, ct) =>
        {
            var password = await accounts.ResetPasswordAsync(parse.GetValue(name)!, ct);
            cli.Out.WriteLine($"One-time password for {parse.GetValue(name)}: {password} (not shown again; it must be changed at the next sign-in).");
        });
        return command;
    }

    private static Command Sessions(CliContext cli)
    {
        var command = new Command("sessions", "List open browser sessions: number, user, when signed in and last seen, and from where.");
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await AccountStore.OpenAsync(cli.Location(parse), ct);
            var sessions = await BrowserSessions.OpenAsync(store.Db, ct);
            if (sessions.Count == 0) { cli.Out.WriteLine("No open sessions."); return 0; }
            cli.Out.WriteLine($"{"id",4}  {"user",-16}  {"signed in",-16}  {"last seen",-16}  client");
            foreach (var s in sessions)
                cli.Out.WriteLine($"{s.Id,4}  {s.User.UserName,-16}  {s.CreatedAt:yyyy-MM-dd HH:mm}  {(s.LastSeenAt is { } seen ? seen.ToString("yyyy-MM-dd HH:mm") : "never"),-16}  {s.Client}");
            return 0;
        });
        return command;
    }

    private static Command EndSession(CliContext cli)
    {
        var id = new Argument<int>("ID") { Description = "The session's number, as 'parley users sessions' shows it" };
        var command = new Command("end-session", "End one browser session: its cookie is refused from now on.");
        command.Arguments.Add(id);
        Change(cli, command, async (parse, accounts, _, ct) =>
        {
            var session = await accounts.EndSessionAsync(parse.GetValue(id), ct);
            cli.Out.WriteLine($"Ended session {session.Id} of {session.User.UserName}.");
        });
        return command;
    }

    private static Command SignOut(CliContext cli)
    {
        var name = NameArgument();
        var command = new Command("sign-out", "End every open browser session of an account (its tokens stay; see 'parley tokens revoke').");
        command.Arguments.Add(name);
        Change(cli, command, async (parse, accounts, _, ct) =>
        {
            var ended = await accounts.EndSessionsAsync(parse.GetValue(name)!, ct);
            cli.Out.WriteLine($"Ended {ended} session{(ended == 1 ? "" : "s")} of {parse.GetValue(name)}.");
        });
        return command;
    }
}
