using Microsoft.AspNetCore.Identity;

namespace Parley.Store;

/// <summary>A person who signs in to Parley; roles (viewer, editor, admin) come from Identity.</summary>
public class ParleyUser : IdentityUser
{
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set while an admin has disabled the account: it cannot sign in, and its sessions and tokens are refused.</summary>
    public DateTimeOffset? DisabledAt { get; set; }
}
