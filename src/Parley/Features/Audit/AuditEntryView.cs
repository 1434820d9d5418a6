using System.Text.Json;

namespace Parley.Features.Audit;

/// <summary>One audit entry as the API and the pages show it: values before and after as JSON objects, not strings.</summary>
public sealed record AuditEntryView(long Id, DateTimeOffset At, string Actor, string? Origin, string Action, string Kind, string Key, JsonElement? Before, JsonElement? After);
