using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Parley.Store;

namespace Parley.Features.Accounts;

/// <summary>
/// Browser sessions kept on the server (<see cref="UserSession"/>): signing in makes one and names it in the cookie,
/// every request checks it is still open, signing out or an admin ends it. The cookie alone is no longer enough, so a
/// copied cookie stops working once its session has ended, and an admin can list and end sessions.
/// </summary>
public static class BrowserSessions
{
    /// <summary>The cookie's property that names its session.</summary>
    public const string HandleItem = "parley.session";

    /// <summary>Opens a session for a sign-in (not for a refresh of one already open, which keeps its session).</summary>
    public static async Task StartAsync(CookieSigningInContext context, TimeSpan lifetime)
    {
        if (context.Properties.Items.ContainsKey(HandleItem)) return;
        var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return;
        var db = context.HttpContext.RequestServices.GetRequiredService<ParleyDb>();
        var now = DateTimeOffset.UtcNow;
        var session = new UserSession
        {
            Handle = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)),
            UserId = userId,
            Client = ClientOf(context.HttpContext),
            CreatedAt = now,
            ExpiresAt = now + lifetime,
            LastSeenAt = now,
        };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(context.HttpContext.RequestAborted);
        context.Properties.Items[HandleItem] = session.Handle;
    }

    private static string ClientOf(HttpContext context)
    {
        var client = $"{context.Connection.RemoteIpAddress} {context.Request.Headers.UserAgent}".Trim();
        return client.Length <= 300 ? client : client[..300];
    }

    /// <summary>Whether the cookie's session is open and its account enabled; notes when it was last seen.</summary>
    public static async Task<bool> IsOpenAsync(CookieValidatePrincipalContext context)
    {
        if (!context.Properties.Items.TryGetValue(HandleItem, out var handle) || handle is null) return false;
        var db = context.HttpContext.RequestServices.GetRequiredService<ParleyDb>();
        var key = (DataVersion.StoreOf(db), handle);
        var now = DateTimeOffset.UtcNow;
        if (Checked.TryGetValue(key, out var known) && known.AccountsVersion == AccountChanges.Version && now - known.CheckedAt < BearerTokenHandler.CheckEvery)
            return known.Open;

        var accountsVersion = AccountChanges.Version;
        var stored = await db.UserSessions.AsNoTracking().Where(s => s.Handle == handle)
            .Select(s => new { s.Id, s.EndedAt, s.ExpiresAt, s.LastSeenAt, s.User.DisabledAt }).FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        var open = stored is { EndedAt: null, DisabledAt: null } && stored.ExpiresAt > now;
        if (open && (stored!.LastSeenAt is not { } seen || now - seen >= LastSeenResolution))
        {
            // Bookkeeping never fails a request: when the store is busy, the note waits for the next request.
            try
            {
                await db.UserSessions.Where(s => s.Id == stored.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), context.HttpContext.RequestAborted);
            }
            catch (System.Data.Common.DbException) { }
        }
        if (Checked.Count > MaxKept) Checked.Clear();
        Checked[key] = (now, accountsVersion, open);
        return open;
    }

    private static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(1);
    private const int MaxKept = 10_000;

    private static readonly ConcurrentDictionary<(string Store, string Handle), (DateTimeOffset CheckedAt, long AccountsVersion, bool Open)> Checked = new();

    /// <summary>The handle of the session the request's cookie names, if any.</summary>
    public static async Task<string?> HandleOfAsync(HttpContext context)
    {
        var signedIn = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        return signedIn.Properties?.Items.TryGetValue(HandleItem, out var handle) == true ? handle : null;
    }

    /// <summary>Ends sessions (still open ones only); the caller saves. Returns how many were ended.</summary>
    public static async Task<int> EndAsync(ParleyDb db, IQueryable<UserSession> sessions, CancellationToken ct)
    {
        var open = await sessions.Where(s => s.EndedAt == null).ToListAsync(ct);
        var now = DateTimeOffset.UtcNow;
        foreach (var session in open) session.EndedAt = now;
        return open.Count;
    }

    /// <summary>Sessions not ended and within their lifetime, oldest first, with their user's name.</summary>
    public static async Task<IReadOnlyList<UserSession>> OpenAsync(ParleyDb db, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        // Compared in memory: SQLite cannot compare DateTimeOffset values in a query.
        return (await db.UserSessions.AsNoTracking().Include(s => s.User).Where(s => s.EndedAt == null).OrderBy(s => s.Id).ToListAsync(ct))
            .Where(s => s.ExpiresAt > now).ToList();
    }
}
