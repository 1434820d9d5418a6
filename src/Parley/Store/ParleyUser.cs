using Microsoft.AspNetCore.Identity;

namespace Parley.Store;

/// <summary>A person who signs in to Parley; roles (viewer, editor, admin) come from Identity.</summary>
public class ParleyUser : IdentityUser
{
    public DateTimeOffset CreatedAt { get; set; }
}
