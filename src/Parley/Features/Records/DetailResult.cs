using Parley.Domain;
using Parley.Web.Localization;

namespace Parley.Features.Records;

/// <summary>What a record's page shows: its fields, the records that point at it, its sources and its history.</summary>
public sealed class DetailResult
{
    public required RecordRef Record { get; init; }
    public required IReadOnlyList<(Message Label, DisplayValue Value)> Fields { get; init; }
    public required IReadOnlyList<(Message Heading, IReadOnlyList<RecordRef> Records)> Inbound { get; init; }
    /// <summary>Null for kinds that do not carry citations (sources themselves).</summary>
    public required bool? Unsourced { get; init; }
    public required IReadOnlyList<AuditEntry> History { get; init; }
    /// <summary>The sources cited, as a table of source and locator.</summary>
    public DisplayValue Citations { get; init; } = DisplayValue.Empty;
    /// <summary>The publication date of the newest dated source cited: how old the facts are (null when none is dated).</summary>
    public required PartialDate? SourcesAsOf { get; init; }

    /// <summary>The same page without links to records of one kind (cases, for a reader without case access).</summary>
    public DetailResult WithoutLinksTo(string slug) => new()
    {
        Record = Record,
        Fields = Fields,
        Inbound = Inbound
            .Select(g => (g.Heading, Records: (IReadOnlyList<RecordRef>)g.Records.Where(r => r.Slug != slug).ToList()))
            .Where(g => g.Records.Count > 0)
            .ToList(),
        Unsourced = Unsourced,
        History = History,
        Citations = Citations,
        SourcesAsOf = SourcesAsOf,
    };
}
