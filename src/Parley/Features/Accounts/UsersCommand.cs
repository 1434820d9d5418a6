using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Accounts;

/// <summary>`parley users add NAME --role ROLE` and `parley users list`: accounts for the web application and the API.</summary>
public static class UsersCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("users", "Manage the accounts that sign in to the web application.");
        command.Subcommands.Add(Add(cli));
        command.Subcommands.Add(List(cli));
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
            cli.Out.WriteLine($"{"name".PadRight(width)}  {"role",-7}  {"created",-10}  locked");
            foreach (var u in users)
            {
                var role = string.Join(",", roles.Where(r => r.UserId == u.Id).Select(r => r.Name).Order());
                var locked = u.LockoutEnd is { } end && end > DateTimeOffset.UtcNow ? $"until {end:yyyy-MM-dd HH:mm} UTC" : "no";
                cli.Out.WriteLine($"{u.UserName!.PadRight(width)}  {role,-7}  {u.CreatedAt:yyyy-MM-dd}  {locked}");
            }
            return 0;
        });
        return command;
    }
}
