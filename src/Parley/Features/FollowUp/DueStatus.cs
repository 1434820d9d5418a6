using System.Text.Json.Serialization;

namespace Parley.Features.FollowUp;

/// <summary>Why an item is on the due list.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DueStatus>))]
public enum DueStatus
{
    /// <summary>Its day is today or within the days asked for.</summary>
    [JsonStringEnumMemberName("due-soon")]
    DueSoon,
    /// <summary>An action past its target date and not reported implemented.</summary>
    [JsonStringEnumMemberName("overdue")]
    Overdue,
    /// <summary>An indicator with no report for longer than its frequency.</summary>
    [JsonStringEnumMemberName("not-reported")]
    NotReported,
}
