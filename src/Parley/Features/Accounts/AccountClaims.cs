namespace Parley.Features.Accounts;

/// <summary>Claims Parley keeps on users (in Identity's user-claims table, so no schema change is needed).</summary>
public static class AccountClaims
{
    /// <summary>Set on an account whose password was generated (the first-run admin); cleared when the user picks their own.</summary>
    public const string MustChangePassword = "parley:must-change-password";
}
