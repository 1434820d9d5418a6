namespace Parley.Domain;

/// <summary>One change to the store: who, when, what, and the values before and after. Never edited.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string Actor { get; set; } = "";
    public AuditAction Action { get; set; }
    public string Kind { get; set; } = "";
    public string RecordKey { get; set; } = "";
    public string? Before { get; set; }
    public string? After { get; set; }
    /// <summary>Where the change came from: "cli import", "web", "api".</summary>
    public string? Origin { get; set; }
}
