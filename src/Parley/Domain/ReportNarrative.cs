namespace Parley.Domain;

/// <summary>
/// A narrative paragraph an editor wrote for a drafted report (a UPR mid-term report, a "since the last round" report):
/// which report and language (<see cref="Report"/>, such as "mid-term/vn/1/en"), where in it (<see cref="Slot"/>:
/// "introduction", "theme:Labour rights", "conclusion"), and the text. Kept apart from the record so a new draft keeps it.
/// </summary>
public class ReportNarrative
{
    public int Id { get; set; }
    public string Report { get; set; } = "";
    public string Slot { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}
