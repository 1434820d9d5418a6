namespace Parley.Domain;

/// <summary>What is measured to tell whether an assignment moves: baseline, target, how often it is reported and how it is verified.</summary>
public class FollowUpIndicator
{
    /// <summary>The indicator's number within its assignment (1, 2, …).</summary>
    public int Number { get; set; }
    public string Measure { get; set; } = "";
    public string? Baseline { get; set; }
    public string? Target { get; set; }
    public ReportingFrequency Frequency { get; set; }
    public string? Verification { get; set; }
}
