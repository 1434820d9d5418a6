namespace Parley.Domain;

/// <summary>A step planned for an assignment: what is to be done, by whom, by which calendar day.</summary>
public class PlannedAction
{
    /// <summary>The action's number within its assignment (1, 2, …), used by reports and on the command line.</summary>
    public int Number { get; set; }
    public string What { get; set; } = "";
    public string? Who { get; set; }
    public DateOnly? TargetDate { get; set; }
}
