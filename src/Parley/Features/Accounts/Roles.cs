namespace Parley.Features.Accounts;

/// <summary>The three roles of Parley; each includes what the one before it may do.</summary>
public static class Roles
{
    public const string Viewer = "viewer";
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Viewer, Editor, Admin];

    /// <summary>The roles that may read, write or administer, for role checks that honour the hierarchy.</summary>
    public static readonly string[] Readers = [Viewer, Editor, Admin];
    public static readonly string[] Writers = [Editor, Admin];

    public static bool IsKnown(string role) => All.Contains(role);
}
