using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace Parley.Features.Accounts;

/// <summary>
/// Slows password guessing wherever a password is checked (the sign-in action and the change-password form, whatever
/// spelling of their path reached them): so many attempts a minute per client address and per account name, counted
/// whether the account exists or not. It also keeps the failures of names that are no account, so that after as many
/// failures as lock a real account those names answer "locked" too: the answers never tell which names exist.
/// </summary>
public sealed class SignInThrottle(int perAddress, int perAccount, int failuresToLock, TimeSpan lockedFor) : IDisposable
{
    /// <summary>Sign-in attempts a client address may make per minute (default 10).</summary>
    public const string PerAddressSetting = "Parley:LoginAttemptsPerMinute";
    /// <summary>Sign-in attempts per minute for one account name, from any address (default 10).</summary>
    public const string PerAccountSetting = "Parley:LoginAttemptsPerAccountPerMinute";

    private readonly PartitionedRateLimiter<string> _addresses = PerMinute(perAddress);
    private readonly PartitionedRateLimiter<string> _accounts = PerMinute(perAccount);
    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset LockedUntil)> _unknown = new();

    private static PartitionedRateLimiter<string> PerMinute(int permits) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

    /// <summary>Takes one attempt for this address and this account name; false when either has used up its minute.</summary>
    public bool TryAttempt(HttpContext context, string userName)
    {
        using var address = _addresses.AttemptAcquire(context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        if (!address.IsAcquired) return false;
        using var account = _accounts.AttemptAcquire(Normalise(userName));
        return account.IsAcquired;
    }

    /// <summary>What a refused attempt is told: how long to wait, in seconds, for the Retry-After header.</summary>
    public const int RetryAfterSeconds = 60;

    public const string TooManyMessage = "Too many sign-in attempts. Wait a minute and try again.";

    /// <summary>Whether a name that is no account has failed as often as locks a real account, and not long ago.</summary>
    public bool UnknownLockedOut(string userName) =>
        _unknown.TryGetValue(Normalise(userName), out var state) && state.LockedUntil > DateTimeOffset.UtcNow;

    /// <summary>
    /// Counts a failed attempt for a name that is no account, the way Identity counts them for an account; true when
    /// this failure locks the name (Identity answers "locked" on the failure that locks, so this does too).
    /// </summary>
    public bool UnknownFailed(string userName)
    {
        if (_unknown.Count > MaxKept) _unknown.Clear();
        var state = _unknown.AddOrUpdate(Normalise(userName), _ => Next((0, DateTimeOffset.MinValue)), (_, state) => Next(state));
        return state.LockedUntil > DateTimeOffset.UtcNow;
    }

    private (int Failures, DateTimeOffset LockedUntil) Next((int Failures, DateTimeOffset LockedUntil) state)
    {
        var failures = state.LockedUntil != DateTimeOffset.MinValue && state.LockedUntil <= DateTimeOffset.UtcNow ? 1 : state.Failures + 1;
        return failures >= failuresToLock ? (0, DateTimeOffset.UtcNow + lockedFor) : (failures, DateTimeOffset.MinValue);
    }

    private const int MaxKept = 100_000;

    private static string Normalise(string userName) => userName.Trim().ToUpperInvariant();

    public void Dispose()
    {
        _addresses.Dispose();
        _accounts.Dispose();
    }
}
