namespace Parley.Features.Briefings;

/// <summary>A piece of a section's content. Every renderer draws the same blocks, so the formats cannot disagree.</summary>
public abstract record BriefingBlock;

/// <summary>A paragraph, with the numbers of the sources its facts rest on.</summary>
public sealed record BriefingParagraph(string Text, IReadOnlyList<int> Notes) : BriefingBlock
{
    /// <summary>The record the sentence states a fact about; its notes are that record's citations.</summary>
    public BriefingFact? About { get; init; }
}

/// <summary>A bulleted list; each item carries its own source numbers.</summary>
public sealed record BriefingList(IReadOnlyList<BriefingParagraph> Items) : BriefingBlock;

/// <summary>A table whose rows are never split across pages; each row carries its source numbers.</summary>
public sealed record BriefingTable(IReadOnlyList<string> Headers, IReadOnlyList<BriefingRow> Rows) : BriefingBlock;

/// <summary>One table row.</summary>
public sealed record BriefingRow(IReadOnlyList<string> Cells, IReadOnlyList<int> Notes)
{
    /// <summary>The record the row states facts about; its notes are that record's citations.</summary>
    public BriefingFact? About { get; init; }
}

/// <summary>A sub-heading inside a section.</summary>
public sealed record BriefingSubheading(string Text) : BriefingBlock;
