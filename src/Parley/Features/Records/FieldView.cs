using Parley.Web.Localization;

namespace Parley.Features.Records;

/// <summary>What the form shows for one field: its input, current value, choices and any problem with it.</summary>
public sealed class FieldView
{
    public required string Name { get; init; }
    public required Message Label { get; init; }
    /// <summary>text, textarea, number, date, checkbox, select, typeahead (one linked record), typeahead-many (several), lines or rows.</summary>
    public required string Input { get; init; }
    public bool Required { get; init; }
    public Message? Hint { get; init; }
    public string Value { get; init; } = "";
    public IReadOnlyList<string> Values { get; init; } = [];
    public IReadOnlyList<Choice> Choices { get; init; } = [];
    public Message? Error { get; init; }
    /// <summary>For a typeahead (either): the kind (its URL segment) whose records the input looks up as the user types.</summary>
    public string? Lookup { get; init; }
    /// <summary>For rows: the column headings and, per row, the inputs of that row.</summary>
    public IReadOnlyList<Message> Columns { get; init; } = [];
    public IReadOnlyList<IReadOnlyList<FieldView>> Rows { get; init; } = [];

    /// <summary>The HTML id of the input, derived from its name so labels and messages can point at it.</summary>
    public string Id => "f-" + new string(Name.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());
    public string ErrorId => Id + "-error";
}
