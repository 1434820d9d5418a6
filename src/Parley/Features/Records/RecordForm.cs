using Parley.Web.Localization;

namespace Parley.Features.Records;

/// <summary>What the create and edit pages show: the kind, the record (none when new), its version, the fields and any refusal.</summary>
public sealed class RecordForm
{
    public required RecordKind Kind { get; init; }
    public string? Key { get; init; }
    public string? Label { get; init; }
    public int Version { get; init; }
    public string NewKey { get; init; } = "";
    public Message? KeyError { get; init; }
    public Message? Conflict { get; init; }
    public IReadOnlyList<FieldView> Fields { get; init; } = [];
    public int ErrorCount { get; init; }
}
