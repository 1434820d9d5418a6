using Microsoft.EntityFrameworkCore;
using Parley.Features.Accounts;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Accounts;

public class UsersAndTokensCommandTests
{
    [Fact]
    public async Task Users_add_reads_the_password_from_stdin_and_users_list_shows_the_role()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);

        var added = await Cli.RunWithInputAsync("a long enough passphrase\n", "users", "add", "mai", "--role", "editor", "--password-stdin", "--db", store.Path);
        var listed = await Cli.OkAsync("users", "list", "--db", store.Path);

        Assert.Equal(0, added.Exit);
        Assert.Matches(@"mai\s+editor", listed.Out);
        await using var db = store.Open();
        var entry = await db.AuditEntries.SingleAsync(a => a.Kind == AccountAudit.UserKind && a.RecordKey == "mai");
        Assert.StartsWith("cli:", entry.Actor);
        Assert.Contains("editor", entry.After);
        Assert.DoesNotContain("passphrase", entry.After);
    }

    [Fact]
    public async Task Users_add_without_a_terminal_or_stdin_password_says_how_to_give_one()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);

        var run = await Cli.RunWithInputAsync("", "users", "add", "mai", "--role", "viewer", "--db", store.Path);

        Assert.Equal(1, run.Exit);
        Assert.Contains("--password-stdin", run.Error);
        Assert.DoesNotContain("mai", (await Cli.OkAsync("users", "list", "--db", store.Path)).Out);
    }

    [Fact]
    public async Task Users_add_refuses_an_unknown_role_a_short_password_and_a_taken_name()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);

        var role = await Cli.RunWithInputAsync("a long enough passphrase\n", "users", "add", "mai", "--role", "owner", "--password-stdin", "--db", store.Path);
        var shortPassword = await Cli.RunWithInputAsync("short\n", "users", "add", "mai", "--role", "viewer", "--password-stdin", "--db", store.Path);
        await Cli.RunWithInputAsync("a long enough passphrase\n", "users", "add", "mai", "--role", "viewer", "--password-stdin", "--db", store.Path);
        var taken = await Cli.RunWithInputAsync("a long enough passphrase\n", "users", "add", "mai", "--role", "admin", "--password-stdin", "--db", store.Path);

        Assert.Equal(2, role.Exit);
        Assert.Contains("owner", role.Error);
        Assert.Equal(1, shortPassword.Exit);
        Assert.Contains("at least 12 characters", shortPassword.Error);
        Assert.Equal(1, taken.Exit);
        Assert.Contains("already exists", taken.Error);
    }

    [Fact]
    public async Task Tokens_create_prints_the_token_once_and_stores_only_its_hash()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        await Cli.RunWithInputAsync("a long enough passphrase\n", "users", "add", "mai", "--role", "viewer", "--password-stdin", "--db", store.Path);

        var created = await Cli.OkAsync("tokens", "create", "--user", "mai", "--name", "nightly export", "--db", store.Path);
        var token = created.Out.Trim();
        var listed = await Cli.OkAsync("tokens", "list", "--db", store.Path);

        Assert.StartsWith(AccessTokens.Prefix, token);
        Assert.Contains("not shown again", created.Error);
        Assert.Matches(@"1\s+mai\s+nightly export", listed.Out);
        Assert.DoesNotContain(token, listed.Out);
        await using var db = store.Open();
        var stored = await db.AccessTokens.SingleAsync();
        Assert.Equal(AccessTokens.Hash(token), stored.Hash);
        Assert.DoesNotContain(token, stored.Hash);
    }

    [Fact]
    public async Task Tokens_revoke_marks_the_token_and_refuses_unknown_or_already_revoked_ones()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        await Cli.RunWithInputAsync("a long enough passphrase\n", "users", "add", "mai", "--role", "viewer", "--password-stdin", "--db", store.Path);
        await Cli.OkAsync("tokens", "create", "--user", "mai", "--db", store.Path);

        await Cli.OkAsync("tokens", "revoke", "1", "--db", store.Path);
        var again = await Cli.RunAsync("tokens", "revoke", "1", "--db", store.Path);
        var unknown = await Cli.RunAsync("tokens", "revoke", "7", "--db", store.Path);
        var noUser = await Cli.RunAsync("tokens", "create", "--user", "nobody", "--db", store.Path);

        Assert.Contains("revoked", (await Cli.OkAsync("tokens", "list", "--db", store.Path)).Out);
        Assert.Contains("already revoked", again.Error);
        Assert.Contains("no token with id 7", unknown.Error);
        Assert.Contains("no user named 'nobody'", noUser.Error);
    }
}
