namespace Parley.Features.Records;

/// <summary>One option of a select or filter: the value sent and the words shown.</summary>
public sealed record Choice(string Value, string Text);
