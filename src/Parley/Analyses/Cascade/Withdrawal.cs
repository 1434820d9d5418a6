namespace Parley.Analyses.Cascade;

/// <summary>A party leaving a framework on a date, recorded or supposed.</summary>
public sealed record Withdrawal(int FrameworkId, int PartyId, DateOnly Date);
