using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Parley.Domain;
using Parley.Features.Accounts;
using Parley.Features.Records.Fields;
using Parley.Store;
using Parley.Web.Localization;

namespace Parley.Features.Records;

/// <summary>
/// One kind of record described once (fields, list columns, filters, links pointing at it) so that the list, the
/// record's page and the create/edit/delete forms are generic. Lists of up to <see cref="InMemoryLimit"/> records are
/// filtered, sorted and paged in memory, which keeps searching case-insensitive on every provider and sorting by
/// any column; larger kinds (generated or imported recommendations) are filtered, sorted and paged by the database
/// with the filters and columns that say how.
/// </summary>
public sealed partial class RecordKind<T> : RecordKind where T : class, IKeyed
{
    public override Type ClrType => typeof(T);
    public required Func<string, T> New { get; init; }
    public required Func<T, string> Label { get; init; }
    /// <summary>The fields; each is named after the kind for its words in Web/Text.resx (the kind's Slug is set first).</summary>
    public required IReadOnlyList<Field<T>> Fields
    {
        get;
        init
        {
            var owner = Slug ?? throw new InvalidOperationException($"set the Slug of the {typeof(T).Name} kind before its Fields");
            foreach (var f in value) f.NameAfter(owner);
            field = value;
        }
    }
    public required IReadOnlyList<Column<T>> Columns { get; init; }
    public IReadOnlyList<ListFilter<T>> Filters { get; init; } = [];
    public IReadOnlyList<Inbound<T>> Inbound { get; init; } = [];

    /// <summary>
    /// Set for a kind that many kinds link to (parties, issue areas, sources): its "linked from" lists are found from
    /// the model (<see cref="InboundFromModel"/>), one per linking kind, headed as given here or by that kind's plural.
    /// </summary>
    public IReadOnlyDictionary<Type, string>? InboundFromModel { get; init; }

    /// <summary>With <see cref="InboundFromModel"/>: every linking record in one list under this heading.</summary>
    public string? InboundTogether { get; init; }

    /// <summary>The fields plus, for kinds that carry provenance, the sources they cite.</summary>
    public IReadOnlyList<Field<T>> AllFields => IsSourced ? [.. Fields, Citations] : Fields;

    private static readonly Field<T> Citations = Named(new RowsField<T, Citation>("citations", "Sources cited", r => ((ISourced)r).Citations,
    [
        new LinkField<Citation, Source>("source", "Source", c => c.Source, (c, s) => c.Source = s!) { Required = true },
        new TextField<Citation>("locator", "Where in the source (quote or page)", c => c.Locator, (c, v) => c.Locator = v) { Multiline = true },
    ]));

    /// <summary>The citations' words are the same for every kind ("Field.citations").</summary>
    private static Field<T> Named(Field<T> field)
    {
        field.NameAfter("");
        return field;
    }

    public override IEnumerable<Message> Texts() =>
    [
        .. base.Texts(), .. AllFields.SelectMany(f => f.Texts()), .. Columns.Select(c => ColumnText(c.Name, c.Header)),
        .. Filters.Select(f => FilterText(f.Name, f.Label)), .. Inbound.Select(i => LinkedText(i.Heading)),
        .. (InboundFromModel ?? new Dictionary<Type, string>()).Values.Select(LinkedText), .. InboundTogether is { } together ? [LinkedText(together)] : Array.Empty<Message>(),
    ];

    public override string LabelOf(IKeyed record) => Label((T)record);

    public override IFieldWords? FieldFor(string property) => AllFields.FirstOrDefault(f => string.Equals(f.Name, property, StringComparison.OrdinalIgnoreCase));

    public override async Task<Stats.KindCount> CountAsync(ParleyDb db, CancellationToken ct)
    {
        var count = await db.Set<T>().CountAsync(ct);
        return new(Counted, count, IsSourced ? count - await Stats.StoreCounts.CitingCountAsync<T>(db, ct) : 0);
    }

    private static IQueryable<T> WithEverything(IQueryable<T> query, IModel model)
    {
        var type = model.FindEntityType(typeof(T))!;
        foreach (var navigation in type.GetNavigations())
        {
            query = query.Include(navigation.Name);
            if (!navigation.TargetEntityType.IsOwned()) continue;
            foreach (var inner in navigation.TargetEntityType.GetNavigations().Where(n => !n.ForeignKey.IsOwnership))
                query = query.Include(navigation.Name + "." + inner.Name);
        }
        foreach (var skip in type.GetSkipNavigations()) query = query.Include(skip.Name);
        return query.AsSplitQuery();
    }

    private static bool Unsourced(T record) => record is ISourced sourced && sourced.Citations.Count == 0;

    public override async Task<IReadOnlyList<RecordRef>> UnsourcedAsync(ParleyDb db, CancellationToken ct)
    {
        if (!IsSourced) return [];
        // In the database: loading a kind of a million records to find the few without a citation took seconds.
        var records = await WithEverything(db.Set<T>().AsNoTracking().Where(r => !((ISourced)r).Citations.Any()), db.Model).ToListAsync(ct);
        return records.Select(RefOf).OrderBy(r => r.Label, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    /// <summary>Up to this many records a kind's list is filtered, searched and sorted in memory, by every column.</summary>
    public const int InMemoryLimit = 5000;

    /// <summary>
    /// For a kind that can grow past <see cref="InMemoryLimit"/>: the text its list's words are looked for in by the
    /// database (a recommendation's text), case-insensitively. Null: a large list of the kind does not filter by words.
    /// </summary>
    public Expression<Func<T, string?>>? TextInDatabase { get; init; }

    public override IReadOnlyList<(string Name, string Header)> ColumnHeads => Columns.Select(c => (c.Name, c.Header)).ToList();

    public override async Task<ListResult> ListAsync(ParleyDb db, ListQuery query, Withholding shown, CancellationToken ct)
    {
        var size = await KeptCount<T>.OfAsync(db, ct);
        if (size > InMemoryLimit) return await LargeListAsync(db, query, size, ct);
        var (matching, filters, sortColumn) = await InMemoryAsync(db, query, shown, ct);
        var columns = query.Chosen(Columns, c => c.Name);
        var page = matching.Skip((query.Page - 1) * ListQuery.PageSize).Take(ListQuery.PageSize)
            .Select(r => new ListRow(RefOf(r), columns.Select(c => c.Cell(r)).ToList(), Unsourced(r)))
            .ToList();
        return new ListResult
        {
            Query = query, Columns = columns.Select(c => (c.Name, c.Header)).ToList(), AllColumns = ColumnHeads, Rows = page, Filters = filters,
            Total = matching.Count, SortedBy = sortColumn.Name,
        };
    }

    /// <summary>Every record of a small kind, filtered, searched and sorted as the query says.</summary>
    private async Task<(List<T> Matching, List<FilterView> Filters, Column<T> SortColumn)> InMemoryAsync(
        ParleyDb db, ListQuery query, Withholding shown, CancellationToken ct)
    {
        var all = await WithEverything(db.Set<T>().AsNoTracking(), db.Model).ToListAsync(ct);
        var context = new FormContext(db, ct);
        IEnumerable<T> unfiltered = all;
        if (query.UnsourcedOnly) unfiltered = unfiltered.Where(Unsourced);
        if (query.Search.Length > 0)
            unfiltered = unfiltered.Where(r => shown.Text(r.Key).Contains(query.Search, StringComparison.OrdinalIgnoreCase)
                || AllFields.Any(f => shown.Text(f.Display(r).ToString()).Contains(query.Search, StringComparison.CurrentCultureIgnoreCase)));
        var candidates = unfiltered.ToList();
        var chosen = Filters.Select(f => (Filter: f, Value: query.Filters.GetValueOrDefault(f.Name) ?? "")).ToList();
        bool Passes(T record, ListFilter<T>? except) => chosen.All(c => c.Filter == except || c.Value.Length == 0 || c.Filter.Matches(record, c.Value));
        var filters = new List<FilterView>();
        foreach (var (filter, value) in chosen)
        {
            // Each choice is counted among the records the other filters leave, so the counts say what choosing it would show.
            var others = candidates.Where(r => Passes(r, filter)).ToList();
            var choices = await filter.ChoicesAsync(context, all);
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var choice in choices) counts[choice.Value] = others.Count(r => filter.Matches(r, choice.Value));
            filters.Add(new FilterView(filter.Name, filter.Label, choices, value, counts));
        }
        var rows = candidates.Where(r => Passes(r, null));

        var sortColumn = Columns.FirstOrDefault(c => c.Name == query.Sort) ?? Columns[0];
        var comparer = Comparer<IComparable?>.Create((a, b) => a is null ? (b is null ? 0 : 1) : b is null ? -1
            : a is string sa && b is string sb ? StringComparer.CurrentCultureIgnoreCase.Compare(sa, sb) : a.CompareTo(b));
        var sorted = query.Descending
            ? rows.OrderByDescending(sortColumn.SortValue, comparer).ThenBy(r => r.Key, StringComparer.Ordinal)
            : rows.OrderBy(sortColumn.SortValue, comparer).ThenBy(r => r.Key, StringComparer.Ordinal);
        return (sorted.ToList(), filters, sortColumn);
    }

    /// <summary>
    /// A kind too large to load (a million recommendations): filtered, searched, counted, sorted and paged by the
    /// database. Filters and columns without a database form are refused with a message rather than loading the kind.
    /// </summary>
    private async Task<ListResult> LargeListAsync(ParleyDb db, ListQuery query, int size, CancellationToken ct)
    {
        _largeListChoices ??= new(LargeListChoicesAsync);
        var choices = await _largeListChoices.OfAsync(db, ct);
        var (records, sortedBy, unsupported) = LargeQuery(db, query);
        var counts = await LargeListCountsAsync(db, query, ct);
        var filters = Filters.Where(f => f.InDatabase is not null)
            .Select(f => new FilterView(f.Name, f.Label, choices[f.Name], query.Filters.GetValueOrDefault(f.Name) ?? "", counts.GetValueOrDefault(f.Name))).ToList();

        var total = query.Filters.Count > 0 || query.UnsourcedOnly || query.Search.Length > 0 ? await records.CountAsync(ct) : size;
        var keys = await records.Skip((query.Page - 1) * ListQuery.PageSize).Take(ListQuery.PageSize).Select(r => r.Key).ToListAsync(ct);
        var columns = query.Chosen(Columns, c => c.Name);
        var page = (await LoadAsync(db, keys, ct))
            .Select(r => new ListRow(RefOf(r), columns.Select(c => c.Cell(r)).ToList(), Unsourced(r)))
            .ToList();
        return new ListResult
        {
            Query = query, Columns = columns.Select(c => (c.Name, c.Header)).ToList(), AllColumns = ColumnHeads, Rows = page, Filters = filters,
            Total = total, SortedBy = sortedBy,
            Note = unsupported.Count > 0 ? new Message("RecordsMsg.TooLarge", PluralText, size, unsupported) : null,
        };
    }

    /// <summary>
    /// The counts beside a large list's choices, each among the records the other filters leave; those of the unfiltered
    /// list are kept until the store changes, as its first page is what most visits open.
    /// </summary>
    private async Task<Dictionary<string, Dictionary<string, int>>> LargeListCountsAsync(ParleyDb db, ListQuery query, CancellationToken ct)
    {
        if (query.Filters.Count == 0 && !query.UnsourcedOnly && query.Search.Length == 0)
        {
            _largeListCounts ??= new((d, c) => CountChoicesAsync(d, new ListQuery(), c));
            return await _largeListCounts.OfAsync(db, ct);
        }
        return await CountChoicesAsync(db, query, ct);
    }

    private KeptPerVersion<Dictionary<string, Dictionary<string, int>>>? _largeListCounts;

    private async Task<Dictionary<string, Dictionary<string, int>>> CountChoicesAsync(ParleyDb db, ListQuery query, CancellationToken ct)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var filter in Filters.Where(f => f.CountInDatabase is not null))
            counts[filter.Name] = await filter.CountInDatabase!(Filtered(db, query, except: filter).Records, ct);
        return counts;
    }

    /// <summary>The records of a large kind the query asks for, ordered, with what of the query could not be applied.</summary>
    private (IQueryable<T> Records, string SortedBy, List<Message> Unsupported) LargeQuery(ParleyDb db, ListQuery query)
    {
        var (records, unsupported) = Filtered(db, query, except: null);
        var column = Columns.FirstOrDefault(c => c.Name == query.Sort && c.SortInDatabase is not null);
        if (query.Sort.Length > 0 && query.Sort != "key" && column is null) unsupported.Add(new Message("RecordsMsg.ThatColumn"));
        var ordered = column?.SortInDatabase is { } sort
            ? Sorted(records, sort, query.Descending).ThenBy(r => r.Key)
            : query.Descending ? records.OrderByDescending(r => r.Key) : records.OrderBy(r => r.Key);
        return (ordered, column?.Name ?? "key", unsupported);
    }

    /// <summary>The records of a large kind the query's filters, words and "unsourced" leave, but for one filter left out.</summary>
    private (IQueryable<T> Records, List<Message> Unsupported) Filtered(ParleyDb db, ListQuery query, ListFilter<T>? except)
    {
        var records = db.Set<T>().AsNoTracking();
        var unsupported = new List<Message>();
        foreach (var filter in Filters.Where(f => f != except))
        {
            var chosen = query.Filters.GetValueOrDefault(filter.Name) ?? "";
            if (chosen.Length == 0) continue;
            if (filter.InDatabase is null) unsupported.Add(FilterText(filter.Name, filter.Label));
            else records = filter.InDatabase(records, chosen);
        }
        if (query.UnsourcedOnly) records = records.Where(r => !((ISourced)r).Citations.Any());
        if (query.Search.Length > 0)
        {
            if (TextInDatabase is null) unsupported.Add(new Message("RecordsMsg.Words"));
            else records = records.Where(ContainsWords(TextInDatabase, query.Search));
        }
        return (records, unsupported);
    }

    /// <summary>record => text != null &amp;&amp; text.ToLower().Contains(words): LIKE on both stores, without case.</summary>
    private static Expression<Func<T, bool>> ContainsWords(Expression<Func<T, string?>> text, string words)
    {
        var lower = Expression.Call(text.Body, typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!);
        var contains = Expression.Call(lower, typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!,
            Expression.Constant(words.ToLowerInvariant()));
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(Expression.NotEqual(text.Body, Expression.Constant(null, typeof(string))), contains),
            text.Parameters);
    }

    private static IOrderedQueryable<T> Sorted(IQueryable<T> records, LambdaExpression key, bool descending) =>
        (IOrderedQueryable<T>)records.Provider.CreateQuery<T>(Expression.Call(typeof(Queryable),
            descending ? nameof(Queryable.OrderByDescending) : nameof(Queryable.OrderBy), [typeof(T), key.ReturnType],
            records.Expression, Expression.Quote(key)));

    /// <summary>Records by key with everything their cells show, in the order of the keys.</summary>
    private static async Task<List<T>> LoadAsync(ParleyDb db, List<string> keys, CancellationToken ct)
    {
        var loaded = await WithEverything(db.Set<T>().AsNoTracking().Where(r => keys.Contains(r.Key)), db.Model).ToListAsync(ct);
        var order = keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
        return loaded.OrderBy(r => order[r.Key]).ToList();
    }

    public override async Task<IReadOnlyList<RecordRef>> LookupAsync(ParleyDb db, string words, int limit, Withholding shown, CancellationToken ct)
    {
        IEnumerable<RecordRef> found;
        if (await KeptCount<T>.OfAsync(db, ct) <= InMemoryLimit)
        {
            var all = (await db.Set<T>().AsNoTracking().ToListAsync(ct)).Select(r => RefOf(r) with { Label = shown.Text(Label(r)) });
            found = all.Where(r => r.Key.Contains(words, StringComparison.OrdinalIgnoreCase) || r.Label.Contains(words, StringComparison.CurrentCultureIgnoreCase))
                .OrderBy(r => !r.Label.StartsWith(words, StringComparison.CurrentCultureIgnoreCase)).ThenBy(r => r.Label, StringComparer.CurrentCultureIgnoreCase);
        }
        else
        {
            var lower = words.ToLowerInvariant();
            var records = db.Set<T>().AsNoTracking();
            var byWords = TextInDatabase is null ? records.Where(r => r.Key.Contains(lower)) : records.Where(ContainsWords(TextInDatabase, words));
            var exact = await records.Where(r => r.Key == words).ToListAsync(ct);
            found = exact.Concat(await byWords.OrderBy(r => r.Key).Take(limit).ToListAsync(ct)).Select(r => RefOf(r) with { Label = shown.Text(Label(r)) });
        }
        return found.DistinctBy(r => r.Key).Take(limit).ToList();
    }

    /// <summary>How many records an export reads from the database at a time, so a large kind is never held whole.</summary>
    private const int ExportBatch = 500;

    public override async IAsyncEnumerable<IReadOnlyList<string>> ExportAsync(ParleyDb db, ListQuery query, Withholding shown,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var columns = query.Chosen(Columns, c => c.Name);
        IReadOnlyList<string> Cells(T r) => columns.Select(c => shown.Text(c.Cell(r).ToString())).ToList();
        var size = await KeptCount<T>.OfAsync(db, ct);
        if (size <= InMemoryLimit)
        {
            foreach (var record in (await InMemoryAsync(db, query, shown, ct)).Matching) yield return Cells(record);
            yield break;
        }
        var (records, _, _) = LargeQuery(db, query);
        for (var skip = 0; ; skip += ExportBatch)
        {
            var keys = await records.Skip(skip).Take(ExportBatch).Select(r => r.Key).ToListAsync(ct);
            foreach (var record in await LoadAsync(db, keys, ct)) yield return Cells(record);
            if (keys.Count < ExportBatch) yield break;
        }
    }

    /// <summary>
    /// The choices of a large list's filters (every round, party, issue area...), kept until the store changes: reading
    /// the 2,001 rounds of a million-recommendation store for the round filter was most of what a list page cost.
    /// </summary>
    private KeptPerVersion<Dictionary<string, IReadOnlyList<Choice>>>? _largeListChoices;

    private async Task<Dictionary<string, IReadOnlyList<Choice>>> LargeListChoicesAsync(ParleyDb db, CancellationToken ct)
    {
        var context = new FormContext(db, ct);
        var choices = new Dictionary<string, IReadOnlyList<Choice>>();
        foreach (var filter in Filters.Where(f => f.InDatabase is not null)) choices[filter.Name] = await filter.ChoicesAsync(context, []);
        return choices;
    }

    private RecordRef RefOf(T record) => new(Slug, record.Key, Label(record));

    private static Task<T?> FindAsync(IQueryable<T> query, string key, CancellationToken ct) =>
        query.FirstOrDefaultAsync(r => r.Key == key, ct);

    public override async Task<DetailResult?> DetailAsync(ParleyDb db, string key, CancellationToken ct)
    {
        var record = await FindAsync(WithEverything(db.Set<T>().AsNoTracking(), db.Model), key, ct);
        if (record is null) return null;
        return new DetailResult
        {
            Record = RefOf(record),
            Fields = AllFields.Where(f => f != Citations).Select(f => (f.Text, f.Display(record))).ToList(),
            Inbound = await InboundOfAsync(db, record, ct),
            Unsourced = record is ISourced ? Unsourced(record) : null,
            Citations = IsSourced ? Citations.Display(record) : DisplayValue.Empty,
            SourcesAsOf = record is ISourced sourced ? sourced.Citations.Select(c => c.Source?.Published).Max() : null,
            History = await db.AuditEntries.AsNoTracking().Where(a => a.Kind == AuditKind && a.RecordKey == key)
                .OrderByDescending(a => a.Id).ToListAsync(ct),
        };
    }

    private async Task<IReadOnlyList<(Message Heading, IReadOnlyList<RecordRef> Records)>> InboundOfAsync(ParleyDb db, T record, CancellationToken ct)
    {
        var lists = new List<(Message Heading, List<RecordRef> Records)>();
        if (InboundFromModel is not null)
            lists.AddRange(await Records.InboundFromModel.QueryAsync(db, record, InboundFromModel.ToDictionary(h => h.Key, h => LinkedText(h.Value)),
                InboundTogether is null ? null : LinkedText(InboundTogether), ct));
        foreach (var inbound in Inbound) lists.Add((LinkedText(inbound.Heading), await inbound.Query(db, record, ct)));
        return lists.Select(l => (l.Heading, (IReadOnlyList<RecordRef>)l.Records.DistinctBy(r => (r.Slug, r.Key)).OrderBy(r => r.Label).ToList())).ToList();
    }

    public override async Task<IReadOnlyList<(Message Heading, IReadOnlyList<RecordRef> Records)>> InboundAsync(ParleyDb db, string key, CancellationToken ct)
    {
        var record = await FindAsync(db.Set<T>().AsNoTracking(), key, ct);
        return record is null ? [] : await InboundOfAsync(db, record, ct);
    }

    public override async Task<(RawForm Form, int Version, string Label)?> FormOfAsync(ParleyDb db, string key, CancellationToken ct)
    {
        var record = await FindAsync(WithEverything(db.Set<T>(), db.Model), key, ct);
        if (record is null) return null;
        var form = new RawForm();
        foreach (var field in AllFields) field.Write(record, form, "");
        return (form, db.Entry(record).Property<int>(AuditStamp.VersionProperty).CurrentValue, Label(record));
    }

    public override RawForm BlankForm()
    {
        var form = new RawForm();
        var blank = New("");
        foreach (var field in AllFields) field.Write(blank, form, "");
        return form;
    }

    public override async Task<IReadOnlyList<FieldView>> FieldViewsAsync(FormContext context, RawForm form)
    {
        var views = new List<FieldView>();
        foreach (var field in AllFields) views.Add(await field.ViewAsync(form, "", context));
        return views;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,119}$")]
    private static partial Regex ValidKey();

    public override async Task<SaveOutcome> SaveAsync(ParleyDb db, string? key, RawForm form, int version, CancellationToken ct)
    {
        var context = new FormContext(db, ct);
        T record;
        if (key is null)
        {
            var newKey = form.Get("key").Trim();
            if (newKey.Length == 0) context.Error("key", new Message("RecordsMsg.KeyRequired"));
            else if (newKey == "new") context.Error("key", new Message("RecordsMsg.KeyNew", Slug));
            else if (!ValidKey().IsMatch(newKey)) context.Error("key", new Message("RecordsMsg.KeyInvalid", newKey));
            else if (await db.Set<T>().AnyAsync(r => r.Key == newKey, ct)) context.Error("key", new Message("RecordsMsg.KeyTaken", OneText, newKey));
            record = New(newKey);
            db.Add(record);
        }
        else
        {
            var stored = await FindAsync(WithEverything(db.Set<T>(), db.Model), key, ct);
            if (stored is null)
            {
                // Deleted by someone while this form was open: say so, like any other change made in between.
                var deleted = await db.AuditEntries.AnyAsync(a => a.Kind == AuditKind && a.RecordKey == key && a.Action == AuditAction.Delete, ct);
                return deleted ? new SaveOutcome(key, context.Errors, await ConflictAsync(db, key, ct)) : new SaveOutcome(null, context.Errors, null, NotFound: true);
            }
            record = stored;
            var current = db.Entry(record).Property<int>(AuditStamp.VersionProperty).CurrentValue;
            if (current != version) return new SaveOutcome(key, context.Errors, await ConflictAsync(db, key, ct));
        }

        foreach (var field in AllFields) await field.ReadAsync(record, form, "", context);
        if (context.Errors.Count > 0) return new SaveOutcome(key, context.Errors, null);

        // The version the user saw is the one the update must still find, so a save by someone else in between is refused.
        if (key is not null) db.Entry(record).Property<int>(AuditStamp.VersionProperty).OriginalValue = version;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SaveOutcome(key, context.Errors, await ConflictAsync(db, record.Key, ct));
        }
        return new SaveOutcome(record.Key, context.Errors, null);
    }

    private async Task<Message> ConflictAsync(ParleyDb db, string key, CancellationToken ct)
    {
        var last = await db.AuditEntries.AsNoTracking().Where(a => a.Kind == AuditKind && a.RecordKey == key && a.Action != AuditAction.Read)
            .OrderByDescending(a => a.Id).FirstOrDefaultAsync(ct);
        if (last is null) return new Message("RecordsMsg.ConflictUnknown", OneText);
        // The moment in UTC as the audit trail writes it, the same for every reader.
        var when = last.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        return new Message(last.Action == AuditAction.Delete ? "RecordsMsg.ConflictDeleted" : "RecordsMsg.ConflictChanged", OneText, last.Actor, when);
    }

    public override async Task<DeleteOutcome> DeleteAsync(ParleyDb db, string key, CancellationToken ct)
    {
        var record = await FindAsync(WithEverything(db.Set<T>(), db.Model), key, ct);
        if (record is null) return new DeleteOutcome(false, true, null, []);
        var linked = (await InboundOfAsync(db, record, ct)).SelectMany(i => i.Records).ToList();
        if (linked.Count > 0)
            return new DeleteOutcome(false, false, new Message(linked.Count == 1 ? "RecordsMsg.LinkedOne" : "RecordsMsg.LinkedMany", OneText, linked.Count), linked);
        db.Remove(record);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return new DeleteOutcome(false, false, new Message("RecordsMsg.StillLinked", OneText), []);
        }
        return new DeleteOutcome(true, false, null, []);
    }
}
