using Parley.Domain;
using Parley.Features.Accounts;
using Parley.Store;
using Parley.Web.Localization;

namespace Parley.Features.Records;

/// <summary>
/// What the generic record pages need to know about one kind of record: its URL segment and names, and how to
/// list, show, edit and delete its records. <see cref="RecordKind{T}"/> says it for one entity type.
/// </summary>
public abstract class RecordKind
{
    /// <summary>The URL segment: /records/{Slug}.</summary>
    public required string Slug { get; init; }
    public required string Singular { get; init; }
    public required string Plural { get; init; }
    public abstract Type ClrType { get; }

    /// <summary>How export, import and the API read and write the kind, and the API's filters.</summary>
    public required Api.IApiKind Api { get; init; }

    /// <summary>How the search box sees the kind's records; null for a kind search does not cover.</summary>
    public Search.ISearchText? Search { get; init; }

    /// <summary>The kind in a count ("issue areas"): the plural in lower case unless said otherwise.</summary>
    public string Counted { get => field ?? Plural.ToLowerInvariant(); init; }
    /// <summary>The kind as the audit trail names it (the entity's type name).</summary>
    public string AuditKind => ClrType.Name;
    public bool IsSourced => typeof(ISourced).IsAssignableFrom(ClrType);

    public abstract string LabelOf(IKeyed record);
    /// <summary>The records of this kind that cite no source.</summary>
    public abstract Task<IReadOnlyList<RecordRef>> UnsourcedAsync(ParleyDb db, CancellationToken ct);
    /// <summary>The list's columns (name, heading), which a reader may choose from and an export writes.</summary>
    public abstract IReadOnlyList<(string Name, string Header)> ColumnHeads { get; }
    public abstract Task<ListResult> ListAsync(ParleyDb db, ListQuery query, Withholding shown, CancellationToken ct);
    /// <summary>Records whose label or identifier holds the words, best first, for a typeahead picker.</summary>
    public abstract Task<IReadOnlyList<RecordRef>> LookupAsync(ParleyDb db, string words, int limit, Withholding shown, CancellationToken ct);
    /// <summary>Every row the list's query matches (not one page), as the chosen columns' text with withheld names withheld.</summary>
    public abstract IAsyncEnumerable<IReadOnlyList<string>> ExportAsync(ParleyDb db, ListQuery query, Withholding shown, CancellationToken ct);
    public abstract Task<DetailResult?> DetailAsync(ParleyDb db, string key, CancellationToken ct);
    /// <summary>The form filled from a stored record, with its version; null when there is no such record.</summary>
    public abstract Task<(RawForm Form, int Version, string Label)?> FormOfAsync(ParleyDb db, string key, CancellationToken ct);
    /// <summary>The form for a new record: every field at its default.</summary>
    public abstract RawForm BlankForm();
    public abstract Task<IReadOnlyList<FieldView>> FieldViewsAsync(FormContext context, RawForm form);
    public abstract Task<SaveOutcome> SaveAsync(ParleyDb db, string? key, RawForm form, int version, CancellationToken ct);
    public abstract Task<DeleteOutcome> DeleteAsync(ParleyDb db, string key, CancellationToken ct);
    /// <summary>How many records the kind holds and how many of them cite no source.</summary>
    public abstract Task<Stats.KindCount> CountAsync(ParleyDb db, CancellationToken ct);
    public abstract Task<IReadOnlyList<(Message Heading, IReadOnlyList<RecordRef> Records)>> InboundAsync(ParleyDb db, string key, CancellationToken ct);

    // The kind's words in the reader's language: entries of Web/Text.resx named after the kind, whose English a test
    // keeps equal to what the kind says here, so the two cannot drift.

    /// <summary>The kind's plural ("Kind.cases").</summary>
    public Message PluralText => new("Kind." + Slug) { Fallback = Plural };
    /// <summary>One record of the kind ("Records_One.cases").</summary>
    public Message OneText => new("Records_One." + Slug) { Fallback = Singular };
    /// <summary>A list column's heading ("Column.cases.person").</summary>
    public Message ColumnText(string name, string header) => new($"Column.{Slug}.{name}") { Fallback = header };
    /// <summary>A list filter's name ("Filter.cases.status").</summary>
    public Message FilterText(string name, string label) => new($"Filter.{Slug}.{name}") { Fallback = label };
    /// <summary>A heading of the records linking to one ("Linked.rounds.CasesRaisedInIt", from its English words).</summary>
    public Message LinkedText(string heading) =>
        new($"Linked.{Slug}." + string.Concat(heading.Split(NotWord, StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]))) { Fallback = heading };

    private static readonly char[] NotWord = [.. " ,.;:'()’-/"];

    /// <summary>The field holding a record's <paramref name="property"/> (as the audit trail names it), for a readable history; null when none does.</summary>
    public abstract Fields.IFieldWords? FieldFor(string property);

    /// <summary>Every word of the kind that pages show (names, fields, hints, columns, filters, "linked from" headings).</summary>
    public virtual IEnumerable<Message> Texts() => [PluralText, OneText];
}
