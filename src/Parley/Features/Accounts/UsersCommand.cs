using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Accounts;

/// <summary>
/// `parley users add NAME --role ROLE`, `parley users list` and `parley users grant-cases|revoke-cases NAME`:
/// accounts for the web application and the API, and which viewers may read case records.
/// </summary>
public static class UsersCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("users", "Manage the accounts that sign in to the web application.");
        command.Subcommands.Add(Add(cli));
        command.Subcommands.Add(List(cli));
        command.Subcommands.Add(SetCaseAccess(cli, "grant-cases", true, "Let a viewer read case records (editors and admins always can)."));
        command.Subcommands.Add(SetCaseAccess(cli, "revoke-cases", false, "Withdraw a viewer's access to case records."));
        return command;
    }

    private static Command Add(CliContext cli)
    {
        var name = new Argument<string>("NAME") { Description = "The user name to sign in with" };
        var role = new Option<string>("--role") { Description = "viewer (read), editor (read and write) or admin (also users and the audit trail)", Required = true, HelpName = "ROLE" };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var stdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input instead of prompting" };
        var command = new Command("add", "Create an account; the password is prompted for (without echo) or read with --password-stdin.");
        command.Arguments.Add(name);
        command.Options.Add(role);
        command.Options.Add(stdin);
        command.SetAction(async (parse, ct) =>
        {
            var userName = parse.GetValue(name)!;
            await using var store = await AccountStore.OpenAsync(cli.Location(parse), ct);
            if (await store.Users.FindByNameAsync(userName) is not null) throw new UserError($"a user named '{userName}' already exists");
            var password = PasswordInput.Read(cli, userName, parse.GetValue(stdin));
            var user = new ParleyUser { UserName = userName, CreatedAt = DateTimeOffset.UtcNow };
            IdentitySetup.Check(await store.Users.CreateAsync(user, password), $"cannot create '{userName}'");
            IdentitySetup.Check(await store.Users.AddToRoleAsync(user, parse.GetValue(role)!), $"cannot give '{userName}' the role");
            AccountAudit.ActFromCli(store.Db);
            AccountAudit.Add(store.Db, AccountAudit.UserKind, userName, AuditAction.Create, null, new { Role = parse.GetValue(role) });
            await store.Db.SaveChangesAsync(ct);
            cli.Out.WriteLine($"Created user {userName} with the role {parse.GetValue(role)}.");
            return 0;
        });
        return command;
    }

    private static Command List(CliContext cli)
    {
        var command = new Command("list", "List the accounts with their roles.");
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
            cli.Out.WriteLine($"{"name".PadRight(width)}  {"role",-7}  {"cases",-5}  {"created",-10}  locked");
            foreach (var u in users)
            {
                var userRoles = roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList();
                var role = string.Join(",", userRoles);
                var cases = userRoles.Any(r => r is Roles.Editor or Roles.Admin) || granted.Contains(u.Id) ? "yes" : "no";
                var locked = u.LockoutEnd is { } end && end > DateTimeOffset.UtcNow ? $"until {end:yyyy-MM-dd HH:mm} UTC" : "no";
                cli.Out.WriteLine($"{u.UserName!.PadRight(width)}  {role,-7}  {cases,-5}  {u.CreatedAt:yyyy-MM-dd}  {locked}");
            }
            return 0;
        });
        return command;
    }

    private static Command SetCaseAccess(CliContext cli, string verb, bool allowed, string description)
    {
        var name = new Argument<string>("NAME") { Description = "The user name" };
        var command = new Command(verb, description);
        command.Arguments.Add(name);
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await AccountStore.OpenAsync(cli.Location(parse), ct);
            var user = await store.FindAsync(parse.GetValue(name)!);
            AccountAudit.ActFromCli(store.Db);
            var changed = await CaseAccess.SetAsync(store.Users, store.Db, user, allowed, ct);
            var always = (await store.Users.GetRolesAsync(user)).Any(r => r is Roles.Editor or Roles.Admin);
            cli.Out.WriteLine((changed, allowed) switch
            {
                (true, true) => $"{user.UserName} may now read case records.",
                (true, false) => $"{user.UserName} may no longer read case records.",
                (false, true) => $"{user.UserName} already had case access; nothing changed.",
                (false, false) => $"{user.UserName} had no case access granted; nothing changed.",
            } + (always ? " (As an editor or admin, they read cases whatever this says.)" : ""));
            return 0;
        });
        return command;
    }
}
