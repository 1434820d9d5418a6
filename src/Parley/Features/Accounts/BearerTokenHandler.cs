using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Parley.Store;

namespace Parley.Features.Accounts;

/// <summary>
/// `Authorization: Bearer parley_...`: finds the token by its hash, refuses revoked ones, notes when it was last used.
/// A token found valid is trusted for <see cref="CheckEvery"/> before the store is read again.
/// </summary>
internal sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ParleyDb db, IUserClaimsPrincipalFactory<ParleyUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// How long a token found valid is trusted without reading the store again. Revoking a token or changing its owner
    /// through this server counts from the next request (<see cref="AccountChanges"/>); `parley tokens revoke` or
    /// `parley users` run as another process counts within this bound. Reading the token on every request cost more
    /// than the rest of an API read.
    /// </summary>
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(2);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasBearer(Request)) return AuthenticateResult.NoResult();
        var token = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        var hash = AccessTokens.Hash(token);
        var key = (DataVersion.StoreOf(db), hash);
        var now = DateTimeOffset.UtcNow;
        if (Checked.TryGetValue(key, out var known) && known.AccountsVersion == AccountChanges.Version && now - known.CheckedAt < CheckEvery)
            return Success(known.Principal);

        // Read before the store, so a change saved while this request reads is not kept as if it were seen.
        var accountsVersion = AccountChanges.Version;
        var stored = await db.AccessTokens.AsNoTracking().Include(t => t.User).FirstOrDefaultAsync(t => t.Hash == hash, Context.RequestAborted);
        if (stored is null || stored.RevokedAt is not null)
        {
            Checked.TryRemove(key, out _);
            return AuthenticateResult.Fail(stored is null ? "unknown access token" : "the access token was revoked");
        }
        if (stored.User.DisabledAt is not null)
        {
            Checked.TryRemove(key, out _);
            return AuthenticateResult.Fail("the account is disabled");
        }
        await NoteUseAsync(stored);
        var principal = await PrincipalAsync(stored);
        if (Checked.Count > MaxKept) Checked.Clear();
        Checked[key] = (now, accountsVersion, principal);
        return Success(principal);
    }

    private static AuthenticateResult Success(System.Security.Claims.ClaimsPrincipal principal) =>
        AuthenticateResult.Success(new AuthenticationTicket(principal.Clone(), SchemeName));

    private const int MaxKept = 10_000;

    /// <summary>Tokens found valid, with when and at which <see cref="AccountChanges.Version"/>.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Store, string Hash), (DateTimeOffset CheckedAt, long AccountsVersion, System.Security.Claims.ClaimsPrincipal Principal)> Checked = new();

    /// <summary>
    /// "Last used" to the minute, written at most once a minute per token: a write on every request made every API
    /// read wait for SQLite's single writer, and under load (the soak run, 64 clients) some waited past the 30-second
    /// lock timeout and failed. Bookkeeping never fails a request: if the store is busy, the note waits for the next use.
    /// A direct update: token bookkeeping is not a change to the record and stays out of the audit trail.
    /// </summary>
    private async Task NoteUseAsync(AccessToken stored)
    {
        var now = DateTimeOffset.UtcNow;
        if (stored.LastUsedAt is { } last && now - last < LastUsedResolution) return;
        try
        {
            await db.AccessTokens.Where(t => t.Id == stored.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        }
        catch (System.Data.Common.DbException e)
        {
            Logger.LogDebug(e, "Could not note the use of access token {Id}; the store is busy", stored.Id);
        }
    }

    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The user's claims (roles) take several queries to build, so they are kept per token and user version: any
    /// change to the account (a role, a lock-out) renews the user's concurrency stamp and so builds them afresh.
    /// </summary>
    private async Task<System.Security.Claims.ClaimsPrincipal> PrincipalAsync(AccessToken stored)
    {
        var key = (DataVersion.StoreOf(db), stored.Hash, stored.User.ConcurrencyStamp ?? "");
        if (!Principals.TryGetValue(key, out var principal))
        {
            if (Principals.Count > MaxKept) Principals.Clear();
            principal = await principals.CreateAsync(stored.User);
            Principals[key] = principal;
        }
        return principal;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Store, string Hash, string UserVersion), System.Security.Claims.ClaimsPrincipal> Principals = new();

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        return Task.CompletedTask;
    }
}
