using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Parley.Store;

namespace Parley.Features.Accounts;

/// <summary>`Authorization: Bearer parley_...`: finds the token by its hash, refuses revoked ones, notes when it was last used.</summary>
internal sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ParleyDb db, IUserClaimsPrincipalFactory<ParleyUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasBearer(Request)) return AuthenticateResult.NoResult();
        var token = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        var hash = AccessTokens.Hash(token);
        var stored = await db.AccessTokens.AsNoTracking().Include(t => t.User).FirstOrDefaultAsync(t => t.Hash == hash, Context.RequestAborted);
        if (stored is null) return AuthenticateResult.Fail("unknown access token");
        if (stored.RevokedAt is not null) return AuthenticateResult.Fail("the access token was revoked");
        await NoteUseAsync(stored);
        return AuthenticateResult.Success(new AuthenticationTicket(await PrincipalAsync(stored), SchemeName));
    }

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
    /// change to the account (a role, a lock-out) renews the user's concurrency stamp and so builds them afresh. The
    /// token itself, and whether it is revoked, is still read on every request, so a revoked token is refused at once.
    /// </summary>
    private async Task<System.Security.Claims.ClaimsPrincipal> PrincipalAsync(AccessToken stored)
    {
        var key = (DataVersion.StoreOf(db), stored.Hash, stored.User.ConcurrencyStamp ?? "");
        if (!Principals.TryGetValue(key, out var principal))
        {
            if (Principals.Count > 10_000) Principals.Clear();
            principal = await principals.CreateAsync(stored.User);
            Principals[key] = principal;
        }
        return principal.Clone();
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Store, string Hash, string UserVersion), System.Security.Claims.ClaimsPrincipal> Principals = new();

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        return Task.CompletedTask;
    }
}
