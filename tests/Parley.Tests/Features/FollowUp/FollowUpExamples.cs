using Parley.Domain;

namespace Parley.Tests.Features.FollowUp;

/// <summary>Small hand-built assignments for the rule, the due list and the report.</summary>
public static class FollowUpExamples
{
    public static readonly Institution Molisa = new() { Id = 1, Key = "vn-molisa", Name = "MOLISA" };
    public static readonly Institution Justice = new() { Id = 2, Key = "vn-moj", Name = "Ministry of Justice" };

    public static FollowUpAssignment Assignment(string key = "fu", DateOnly? assignedOn = null) => new()
    {
        Key = key, Title = key, AssignedOn = assignedOn ?? new DateOnly(2026, 1, 1), LeadInstitution = Molisa,
    };

    public static ProgressReport Report(int number, DateOnly date, ImplementationState state, bool reviewed = true, int? action = null, int? indicator = null) =>
        new() { Number = number, Date = date, State = state, Reviewed = reviewed, ActionNumber = action, IndicatorNumber = indicator, Text = $"report {number}" };

    public static PlannedAction Action(int number, DateOnly? target) => new() { Number = number, What = $"action {number}", TargetDate = target };
}
