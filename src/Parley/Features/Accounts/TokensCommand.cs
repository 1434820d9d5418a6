using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Accounts;

/// <summary>`parley tokens create|list|revoke`: personal access tokens for API clients.</summary>
public static class TokensCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("tokens", "Manage personal access tokens for the JSON API (sent as 'Authorization: Bearer TOKEN').");
        command.Subcommands.Add(CreateToken(cli));
        command.Subcommands.Add(List(cli));
        command.Subcommands.Add(Revoke(cli));
        return command;
    }

    private static Command CreateToken(CliContext cli)
    {
        var user = new Option<string>("--user") { Description = "The account the token acts as (with its role)", Required = true, HelpName = "NAME" };
        var label = new Option<string?>("--name") { Description = "A label to recognise the token by, e.g. the script that uses it", HelpName = "LABEL" };
        var command = new Command("create", "Create a token and print it once; only its hash is stored.");
        command.Options.Add(user);
        command.Options.Add(label);
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await AccountStore.OpenAsync(cli.Location(parse), ct);
            var owner = await store.FindAsync(parse.GetValue(user)!);
            var token = AccessTokens.NewToken();
            var stored = new AccessToken
            {
                UserId = owner.Id, Name = parse.GetValue(label) ?? "token", Hash = AccessTokens.Hash(token), CreatedAt = DateTimeOffset.UtcNow,
            };
            store.Db.AccessTokens.Add(stored);
            await store.Db.SaveChangesAsync(ct);
            AccountAudit.ActFromCli(store.Db);
            AuditNote.Add(store.Db, AccountAudit.TokenKind, stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), AuditAction.Create, null, new { User = owner.UserName, stored.Name });
            await store.Db.SaveChangesAsync(ct);
            cli.Error.WriteLine($"Token {stored.Id} ('{stored.Name}') for {owner.UserName}. Copy it now: it is not shown again.");
            cli.Out.WriteLine(token);
            return 0;
        });
        return command;
    }

    private static Command List(CliContext cli)
    {
        var command = new Command("list", "List tokens (never their value): owner, label, when created, last used and revoked.");
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await AccountStore.OpenAsync(cli.Location(parse), ct);
            var tokens = await store.Db.AccessTokens.AsNoTracking().Include(t => t.User).OrderBy(t => t.Id).ToListAsync(ct);
            if (tokens.Count == 0) { cli.Out.WriteLine("No tokens yet: 'parley tokens create --user NAME' makes one."); return 0; }
            cli.Out.WriteLine($"{"id",4}  {"user",-16}  {"name",-20}  {"created",-16}  {"last used",-16}  state");
            foreach (var t in tokens)
                cli.Out.WriteLine($"{t.Id,4}  {t.User.UserName,-16}  {t.Name,-20}  {t.CreatedAt:yyyy-MM-dd HH:mm}  {(t.LastUsedAt is { } used ? used.ToString("yyyy-MM-dd HH:mm") : "never"),-16}  {(t.RevokedAt is { } r ? $"revoked {r:yyyy-MM-dd HH:mm}" : "active")}");
            return 0;
        });
        return command;
    }

    private static Command Revoke(CliContext cli)
    {
        var id = new Argument<int>("ID") { Description = "The token's number, as 'parley tokens list' shows it" };
        var command = new Command("revoke", "Revoke a token: API calls with it are refused from now on.");
        command.Arguments.Add(id);
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await AccountStore.OpenAsync(cli.Location(parse), ct);
            AccountAudit.ActFromCli(store.Db);
            var token = await new AccountLifecycle(store.Users, store.Db).RevokeTokenAsync(parse.GetValue(id), ct);
            cli.Out.WriteLine($"Revoked token {token.Id} ('{token.Name}') of {token.User.UserName}.");
            return 0;
        });
        return command;
    }
}
