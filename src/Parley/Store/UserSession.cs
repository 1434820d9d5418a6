namespace Parley.Store;

/// <summary>
/// A browser session: made at sign-in, named in the sign-in cookie by <see cref="Handle"/>, ended at sign-out or by an
/// admin. A cookie whose session has ended is refused, so a copied cookie stops working when its session ends.
/// </summary>
public class UserSession
{
    public int Id { get; set; }
    /// <summary>A random name for the session, carried inside the (encrypted) cookie.</summary>
    public string Handle { get; set; } = "";
    public string UserId { get; set; } = "";
    public ParleyUser User { get; set; } = null!;
    /// <summary>The client's address and browser, to recognise the session by in a list.</summary>
    public string Client { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When the session ends at the latest (its lifetime), whether used or not.</summary>
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? LastSeenAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
}
