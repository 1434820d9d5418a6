using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Interchange;
using Parley.Features.Search;
using Parley.Store;

namespace Parley.Features.Import;

/// <summary>
/// Imports a UPR Info file: each row becomes a recommendation from the recommending state to the state under
/// review, cited to the file and line. Parties are matched by name and aliases or created; issue labels become
/// issue areas through the mapping. Each row has a stable key, so importing the same file again adds nothing, and
/// with update the stored rows take the file's values. Everything is checked before anything is written; the
/// writing is one transaction, new rows written as plain rows (<see cref="UprBulkInsert"/>) so that tens of thousands take a second.
/// </summary>
public sealed class UprImporter(ParleyDb db, ImportMapping mapping, ImportProgress progress)
{
    public const string Mechanism = "UPR";
    private const int BatchSize = 2000;
    private const string Kind = "recommendations";

    public Task<ImportResult> ImportAsync(Stream stream, Encoding encoding, string file, bool dryRun, bool update, CancellationToken ct = default) =>
        ImportAsync(UprFile.Read(stream, encoding, file, mapping, progress), dryRun, update, ct);

    /// <summary>Imports a file already read (<see cref="UprFile.Read"/>).</summary>
    public Task<ImportResult> ImportAsync(UprFile read, bool dryRun, bool update, CancellationToken ct = default) =>
        ImportRowsAsync(read.Rows, read.Problems, read.Source, dryRun, update, ct);

    /// <summary>
    /// Imports rows another reader made (the OHCHR matrix, the Universal Human Rights Index), with the source that
    /// stands for their file: the same checks, keys, one transaction and re-import behaviour as a UPR Info file.
    /// </summary>
    public async Task<ImportResult> ImportRowsAsync(List<UprRow> rows, List<ImportProblem> problems, Source fileSource, bool dryRun, bool update, CancellationToken ct = default)
    {
        var notes = new List<string>();

        // Issue labels: every one the file uses must lead to areas that exist or that the mapping defines.
        var storedAreas = await db.IssueAreas.AsNoTracking().ToDictionaryAsync(a => a.Key, StringComparer.Ordinal, ct);
        var mappedAreas = mapping.IssueAreas.ToDictionary(a => a.Key, StringComparer.Ordinal);
        var unmapped = new SortedDictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var usedAreaKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var label in rows.SelectMany(r => r.Issues))
        {
            if (!mapping.Issues.TryGetValue(label, out var keys))
            {
                unmapped[label] = unmapped.GetValueOrDefault(label) + 1;
                continue;
            }
            usedAreaKeys.UnionWith(keys);
        }
        foreach (var key in usedAreaKeys.Where(k => !storedAreas.ContainsKey(k) && !mappedAreas.ContainsKey(k)).Order(StringComparer.Ordinal))
            problems.Add(new ImportProblem("mapping", $"issue area '{key}' is neither in the store nor among the mapping's issueAreas"));
        foreach (var (label, count) in unmapped)
            notes.Add($"issue label '{label}' ({count} row(s)) has no entry in the issue mapping (/import/mapping); those rows keep their other issues");

        if (problems.Count > 0) return new ImportResult(problems, new Dictionary<string, int>(), new Dictionary<string, int>(), dryRun) { Notes = notes };

        // Parties and the source record for this file.
        var parties = await db.Parties.AsNoTracking().ToListAsync(ct);
        var names = new PartyNames(parties);
        var source = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Key == fileSource.Key, ct);
        var newSource = source is null;
        source ??= fileSource;
        var newParties = new List<Party>();
        Party? PartyNamed(string name, UprRow row)
        {
            if (PartyNames.IsUnknown(name)) return null;
            if (names.Find(name) is { } found) return found;
            var party = new Party { Key = names.NewKey(name), Name = name, Kind = PartyKind.State, Citations = [new Citation { Source = source, Locator = $"{row.LineName} {row.Line}" }] };
            names.Add(party);
            newParties.Add(party);
            return party;
        }

        // Issue areas the mapping defines and the store lacks, parents first.
        var newAreas = new Dictionary<string, IssueArea>(StringComparer.Ordinal);
        IssueArea AreaFor(string key)
        {
            if (storedAreas.TryGetValue(key, out var stored)) return stored;
            if (newAreas.TryGetValue(key, out var made)) return made;
            var m = mappedAreas[key];
            var area = new IssueArea { Key = m.Key, Name = m.Name, Description = m.Description };
            newAreas[key] = area;
            if (m.Parent is { } parent && (storedAreas.ContainsKey(parent) || mappedAreas.ContainsKey(parent))) area.Parent = AreaFor(parent);
            return area;
        }

        // Rows → keyed recommendations; a row repeated in the file gets its repetition number in its key.
        var prefixes = rows.Select(r => r.Key is { } k ? k[..(k.IndexOf('-') + 1)] : "upr-").Distinct(StringComparer.Ordinal).ToList();
        var existing = new List<string>();
        foreach (var prefix in prefixes)
            existing.AddRange(await db.Recommendations.AsNoTracking().Where(r => r.Key.StartsWith(prefix)).Select(r => r.Key).ToListAsync(ct));
        var stored = existing.ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var toAdd = new List<Recommendation>();
        var matched = new Dictionary<string, Recommendation>(StringComparer.Ordinal);
        var matchedLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var key = row.Key ?? RowKey(row);
            var repeat = seen[key] = seen.GetValueOrDefault(key) + 1;
            if (repeat > 1) key += $"-{repeat}";
            var recommendation = new Recommendation
            {
                Key = key,
                Text = row.Text,
                FromParty = PartyNamed(row.From, row),
                ToParty = PartyNamed(row.To, row),
                Mechanism = row.Mechanism,
                Response = row.Response,
                ActionCategory = row.ActionCategory,
                Session = row.Session,
                Cycle = row.Cycle ?? (row.Session is { } session ? UprRow.CycleOf(session) : null),
                Date = row.Date,
                IssueAreas = row.Issues.SelectMany(l => mapping.Issues.GetValueOrDefault(l) ?? []).Distinct(StringComparer.Ordinal).Select(AreaFor).ToList(),
                Citations = [new Citation { Source = source, Locator = row.Place is null ? $"{row.LineName} {row.Line}" : $"{row.LineName} {row.Line}, {row.Place}" }],
            };
            if (stored.Contains(key))
            {
                matched[key] = recommendation;
                matchedLines[key] = row.Line;
            }
            else toAdd.Add(recommendation);
        }
        var updates = update ? await ChangedAsync(matched, ct) : [];

        var added = new Dictionary<string, int>
        {
            ["sources"] = newSource ? 1 : 0,
            ["parties"] = newParties.Count,
            ["issueAreas"] = newAreas.Count,
            [Kind] = toAdd.Count,
        };
        var skipped = new Dictionary<string, int> { ["sources"] = newSource ? 0 : 1, [Kind] = matched.Count - updates.Count };
        var updated = update ? new Dictionary<string, int> { [Kind] = updates.Count } : new Dictionary<string, int>();
        var changes = updates.Select(u => new RecordChange(Kind, u.Stored.Key, matchedLines[u.Stored.Key], u.Fields)).OrderBy(c => c.Line).ToList();
        var result = new ImportResult(problems, added, skipped, dryRun) { Updated = updated, Notes = notes, Changes = changes };
        db.ChangeTracker.Clear();
        if (dryRun) return result;

        await WriteAsync(source, newSource, newParties, newAreas.Values.ToList(), toAdd, updates, ct);
        return result;
    }

    /// <summary>"upr-" and a hash of what identifies a recommendation: session, both states and the text.</summary>
    private static string RowKey(UprRow row)
    {
        var identity = $"{row.Session}\n{PartyNames.Compact(row.From)}\n{PartyNames.Compact(row.To)}\n{string.Join(' ', row.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))}";
        return "upr-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..20];
    }

    /// <summary>The stored recommendations that differ from the file's rows, with the fields that differ (in the interchange format's names).</summary>
    private async Task<List<(Recommendation Stored, Recommendation File, List<string> Fields)>> ChangedAsync(Dictionary<string, Recommendation> matched, CancellationToken ct)
    {
        var changed = new List<(Recommendation, Recommendation, List<string>)>();
        foreach (var chunk in matched.Keys.Chunk(500))
        {
            var stored = await db.Recommendations.AsNoTracking().Include(r => r.IssueAreas).Include(r => r.FromParty).Include(r => r.ToParty)
                .Where(r => chunk.Contains(r.Key)).ToListAsync(ct);
            foreach (var s in stored)
            {
                var f = matched[s.Key];
                var fields = new List<string>();
                if (s.Text != f.Text) fields.Add("text");
                if (s.FromParty?.Key != f.FromParty?.Key) fields.Add("from");
                if (s.ToParty?.Key != f.ToParty?.Key) fields.Add("to");
                if (s.Mechanism != f.Mechanism) fields.Add("mechanism");
                if (s.Response != f.Response) fields.Add("response");
                if (s.ActionCategory != f.ActionCategory) fields.Add("actionCategory");
                if (s.Session != f.Session) fields.Add("session");
                if (s.Cycle != f.Cycle) fields.Add("cycle");
                if (s.Date != f.Date) fields.Add("date");
                if (!s.IssueAreas.Select(a => a.Key).Order().SequenceEqual(f.IssueAreas.Select(a => a.Key).Order())) fields.Add("issueAreas");
                if (fields.Count > 0) changed.Add((s, f, fields));
            }
        }
        return changed;
    }

    private async Task WriteAsync(Source source, bool newSource, List<Party> newParties, List<IssueArea> newAreas, List<Recommendation> toAdd,
        List<(Recommendation Stored, Recommendation File, List<string> Fields)> updates, CancellationToken ct)
    {
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            // The search entries need only the records and their links, so they are built on another core meanwhile.
            var entries = Task.Run(() => toAdd.Select(SearchIndexer.EntryFor).ToList(), ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);

            // First what the recommendations point at, so they get ids; the stored ones are attached unchanged.
            if (newSource) db.Sources.Add(source); else db.Sources.Attach(source);
            foreach (var area in newAreas) AttachParents(area);
            db.IssueAreas.AddRange(newAreas);
            db.Parties.AddRange(newParties);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();

            // New rows go in as plain rows with their search entries; their parties, areas and source now all have ids.
            await new UprBulkInsert(db).WriteAsync(toAdd, await entries, ct);
            progress.Report("writing", (double)toAdd.Count / Math.Max(1, toAdd.Count + updates.Count));
            if (toAdd.Count > 0)
            {
                // One audit entry for the rows added (as the generator does): an entry and a change-tracked save per row
                // were most of an import's time.
                AuditNote.Add(db, nameof(Recommendation), source.Key, AuditAction.Create, null,
                    new SortedDictionary<string, object>(StringComparer.Ordinal)
                    {
                        ["Count"] = toAdd.Count,
                        ["Keys"] = toAdd.Select(r => r.Key).ToList(),
                        ["Note"] = $"imported in bulk from {source.Title}: one audit entry for the {toAdd.Count} recommendation(s) added",
                    });
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }

            // Updated rows go through the change tracker (and its audit stamping), a batch at a time.
            var partyStubs = await db.Parties.AsNoTracking().ToDictionaryAsync(p => p.Key, StringComparer.Ordinal, ct);
            var areaStubs = await db.IssueAreas.AsNoTracking().ToDictionaryAsync(a => a.Key, StringComparer.Ordinal, ct);
            for (var start = 0; start < updates.Count; start += BatchSize)
            {
                db.ChangeTracker.Clear();
                var stubs = new Stubs(db, partyStubs, areaStubs);
                foreach (var (stored, file, _) in updates.Skip(start).Take(BatchSize)) stubs.Update(stored, file);
                await db.SaveChangesAsync(ct);
                progress.Report("writing", (double)(toAdd.Count + Math.Min(start + BatchSize, updates.Count)) / (toAdd.Count + updates.Count));
            }
            progress.Report("writing", 1);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>A stored parent of a new area is attached, not added again.</summary>
    private void AttachParents(IssueArea area)
    {
        if (area.Parent is { Id: > 0 } parent && db.Entry(parent).State == EntityState.Detached)
        {
            area.Parent = null;
            area.ParentId = parent.Id;
        }
    }

    /// <summary>
    /// Records an updated batch links to, attached once per batch as unchanged stand-ins, so the save writes only
    /// the changed rows and their links, and the audit names them by key without a query.
    /// </summary>
    private sealed class Stubs(ParleyDb db, Dictionary<string, Party> parties, Dictionary<string, IssueArea> areas)
    {
        private readonly Dictionary<string, Party> _parties = new(StringComparer.Ordinal);
        private readonly Dictionary<string, IssueArea> _areas = new(StringComparer.Ordinal);

        public void Update(Recommendation stored, Recommendation file)
        {
            var tracked = db.Recommendations.Include(r => r.IssueAreas).Single(r => r.Id == stored.Id);
            tracked.Text = file.Text;
            tracked.Response = file.Response;
            tracked.ActionCategory = file.ActionCategory;
            tracked.Session = file.Session;
            tracked.Cycle = file.Cycle;
            tracked.Date = file.Date;
            tracked.Mechanism = file.Mechanism;
            tracked.FromParty = Party(file.FromParty);
            tracked.ToParty = Party(file.ToParty);
            tracked.FromPartyId = tracked.FromParty?.Id;
            tracked.ToPartyId = tracked.ToParty?.Id;
            tracked.IssueAreas.Clear();
            foreach (var area in file.IssueAreas) tracked.IssueAreas.Add(Area(area.Key));
        }

        private Party? Party(Party? party)
        {
            if (party is null) return null;
            if (_parties.TryGetValue(party.Key, out var stub)) return stub;
            var stored = parties[party.Key];
            if (db.Parties.Local.FirstOrDefault(p => p.Id == stored.Id) is { } tracked) return _parties[party.Key] = tracked;
            stub = new Party { Id = stored.Id, Key = stored.Key, Name = stored.Name, Kind = stored.Kind, Aliases = stored.Aliases };
            db.Parties.Attach(stub);
            return _parties[party.Key] = stub;
        }

        private IssueArea Area(string key)
        {
            if (_areas.TryGetValue(key, out var stub)) return stub;
            var stored = areas[key];
            if (db.IssueAreas.Local.FirstOrDefault(a => a.Id == stored.Id) is { } tracked) return _areas[key] = tracked;
            stub = new IssueArea { Id = stored.Id, Key = stored.Key, Name = stored.Name, ParentId = stored.ParentId, Description = stored.Description };
            db.IssueAreas.Attach(stub);
            return _areas[key] = stub;
        }
    }
}
