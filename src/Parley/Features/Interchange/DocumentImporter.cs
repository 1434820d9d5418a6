using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Import;
using Parley.Features.Interchange.Document;
using Parley.Store;

namespace Parley.Features.Interchange;

/// <summary>
/// Loads a <see cref="ParleyDocument"/> into a store. Everything is checked first (keys, required fields, every link);
/// with any problem nothing is written. Otherwise all records are added in one transaction. Records whose key is
/// already stored are skipped, so importing the same document twice adds nothing.
/// </summary>
public sealed partial class DocumentImporter
{
    private readonly ParleyDb _db;
    private readonly string _file;
    private readonly Func<string, int, int?> _lineOf;
    private readonly List<ImportProblem> _problems = [];
    private readonly KeyedSet<Source> _sources;
    private readonly KeyedSet<Party> _parties;
    private readonly KeyedSet<IssueArea> _areas;
    private readonly KeyedSet<Institution> _institutions;
    private readonly KeyedSet<Channel> _channels;
    private readonly KeyedSet<Round> _rounds;
    private readonly KeyedSet<Recommendation> _recommendations;
    private readonly KeyedSet<Commitment> _commitments;
    private readonly KeyedSet<Case> _cases;
    private readonly KeyedSet<LegalInstrument> _instruments;
    private readonly KeyedSet<Provision> _provisions;
    private readonly KeyedSet<Programme> _programmes;
    private readonly KeyedSet<Framework> _frameworks;
    private readonly KeyedSet<Statement> _statements;
    private readonly KeyedSet<LexiconEntry> _lexicon;
    private readonly KeyedSet<RiskAssessment> _assessments;

    /// <summary>True when records whose key is stored replace the stored ones (the API's update) instead of being skipped.</summary>
    private readonly bool _replace;
    private readonly List<(object Fresh, object Stored)> _replaced = [];

    private DocumentImporter(ParleyDb db, string file, Func<string, int, int?> lineOf, bool replace = false)
    {
        (_db, _file, _lineOf, _replace) = (db, file, lineOf, replace);
        _sources = new(db, "sources");
        _parties = new(db, "parties");
        _areas = new(db, "issueAreas");
        _institutions = new(db, "institutions");
        _channels = new(db, "channels");
        _rounds = new(db, "rounds");
        _recommendations = new(db, "recommendations");
        _commitments = new(db, "commitments");
        _cases = new(db, "cases");
        _instruments = new(db, "legalInstruments");
        _provisions = new(db, "provisions");
        _programmes = new(db, "programmes");
        _frameworks = new(db, "frameworks");
        _statements = new(db, "statements");
        _lexicon = new(db, "lexicon");
        _assessments = new(db, "riskAssessments");
    }

    /// <summary>Parses and imports a document given as UTF-8 bytes; <paramref name="file"/> names it in problems.</summary>
    public static async Task<ImportResult> ImportAsync(ParleyDb db, byte[] json, string file, bool dryRun = false, CancellationToken ct = default)
    {
        ParleyDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<ParleyDocument>(json, DocumentJson.Options);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } n ? $":{n + 1}" : "";
            var path = e.Path is { Length: > 1 } p ? $" (at {p})" : "";
            return Failed(new ImportProblem($"{file}{line}", $"{Clean(e.Message)}{path}"), dryRun);
        }
        if (document is null) return Failed(new ImportProblem(file, "the file holds no JSON document"), dryRun);
        if (document.Format != ParleyDocument.FormatName || document.Version != ParleyDocument.CurrentVersion)
            return Failed(new ImportProblem(file, $"not a Parley document of version {ParleyDocument.CurrentVersion} (format '{document.Format}', version {document.Version})"), dryRun);

        var lines = JsonLineIndex.Build(json);
        var importer = new DocumentImporter(db, file, lines.LineOf);
        return await importer.RunAsync(document, dryRun, ct);
    }

    /// <summary>
    /// Checks and saves the records of an already parsed document: the API's create (nothing stored under the key)
    /// and update (<paramref name="replace"/>: the stored record with the same key takes the document's values and links;
    /// it must be tracked by <paramref name="db"/> with its links loaded). Problems name the field in <see cref="ImportProblem.Field"/>.
    /// </summary>
    public static Task<ImportResult> ApplyAsync(ParleyDb db, ParleyDocument document, string place, bool replace, CancellationToken ct = default) =>
        new DocumentImporter(db, place, (_, _) => null, replace).RunAsync(document, dryRun: false, ct);

    /// <summary>A JSON syntax or type error as a field (JSON path without "$.") and a message in the words of the format.</summary>
    public static (string Field, string Message) Describe(JsonException e)
    {
        var message = Clean(e.Message);
        var field = e.Path is { Length: > 2 } p ? p.TrimStart('$', '.') : "";
        if (UnknownField().Match(e.Message) is { Success: true } unknown) field = unknown.Groups[1].Value;
        if (MissingFields().Match(e.Message) is { Success: true } missing) field = missing.Groups[1].Value.Split(',')[0].Trim().Trim('\'');
        return (field, message);
    }

    private static ImportProblem ProblemAt(string place, string field, string message) => new($"{place}.{field}", message) { Field = field };

    /// <summary>
    /// Imports a document read from another format (a CSV file); <paramref name="lineOf"/> gives each record's line.
    /// With <paramref name="replace"/>, records whose key is stored update them (they must be tracked with their links loaded).
    /// </summary>
    public static Task<ImportResult> ImportAsync(ParleyDb db, ParleyDocument document, string file, Func<string, int, int?> lineOf, bool dryRun,
        CancellationToken ct = default, bool replace = false) =>
        new DocumentImporter(db, file, lineOf, replace).RunAsync(document, dryRun, ct);

    private static ImportResult Failed(ImportProblem problem, bool dryRun) =>
        new([problem], new Dictionary<string, int>(), new Dictionary<string, int>(), dryRun);

    /// <summary>System.Text.Json speaks of .NET types and appends its own position; we speak of fields and report the place our way.</summary>
    internal static string Clean(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        if (UnknownField().Match(message) is { Success: true } unknown) return $"unknown field '{unknown.Groups[1].Value}'";
        if (MissingFields().Match(message) is { Success: true } missing) return $"missing required field(s): {missing.Groups[1].Value}";
        if (message.Contains("could not be converted to", StringComparison.Ordinal)) return "the value has the wrong type for this field";
        return message;
    }

    [GeneratedRegex("The JSON property '([^']*)' could not be mapped")]
    private static partial Regex UnknownField();

    [GeneratedRegex("missing required properties including: (.*?)\\.?$")]
    private static partial Regex MissingFields();

    private async Task<ImportResult> RunAsync(ParleyDocument document, bool dryRun, CancellationToken ct)
    {
        // Pass 1: every record of the document is created and its key registered, so links may point forwards.
        Register(_sources, document.Sources, d => d.Key, d => new Source
        {
            Key = d.Key, Title = Required(d.Title, "title"), Kind = d.Kind, Author = d.Author, Publisher = d.Publisher,
            Published = d.Published, Url = d.Url, Note = d.Note,
        });
        var parties = Register(_parties, document.Parties, d => d.Key, d => new Party { Key = d.Key, Name = Required(d.Name, "name"), Kind = d.Kind, Aliases = d.Aliases ?? [] });
        var areas = Register(_areas, document.IssueAreas, d => d.Key, d => new IssueArea { Key = d.Key, Name = Required(d.Name, "name"), Description = d.Description });
        var institutions = Register(_institutions, document.Institutions, d => d.Key, d => new Institution { Key = d.Key, Name = Required(d.Name, "name"), Kind = d.Kind, Description = d.Description });
        var channels = Register(_channels, document.Channels, d => d.Key, d => new Channel { Key = d.Key, Name = Required(d.Name, "name"), Kind = d.Kind, StartYear = d.StartYear, Scope = d.Scope });
        var rounds = Register(_rounds, document.Rounds, d => d.Key, d => new Round
        {
            Key = d.Key, Title = Required(d.Title, "title"), Status = d.Status, Number = d.Number, Date = d.Date, Place = d.Place, Outcomes = d.Outcomes,
        });
        var recommendations = Register(_recommendations, document.Recommendations, d => d.Key, d => new Recommendation
        {
            Key = d.Key, Text = Required(d.Text, "text"), Response = d.Response, Mechanism = d.Mechanism, ActionCategory = d.ActionCategory,
            Session = d.Session, Cycle = d.Cycle, Date = d.Date,
        });
        var commitments = Register(_commitments, document.Commitments, d => d.Key, d => new Commitment
        {
            Key = d.Key, Title = Required(d.Title, "title"), Text = d.Text, Instrument = d.Instrument, Steps = d.Steps ?? [], Deadline = d.Deadline,
            Indicator = d.Indicator, Verification = d.Verification,
        });
        var cases = Register(_cases, document.Cases, d => d.Key, d => new Case
        {
            Key = d.Key, PersonName = Required(d.PersonName, "personName"), PersonRole = d.PersonRole, Status = d.Status, Sentence = d.Sentence, Summary = d.Summary,
            Events = (d.Events ?? []).Select(e => new CaseEvent { Kind = e.Kind, Date = e.Date, Description = e.Description }).ToList(),
        });
        var instruments = Register(_instruments, document.LegalInstruments, d => d.Key, d => new LegalInstrument
        {
            Key = d.Key, Title = Required(d.Title, "title"), Kind = d.Kind, Year = d.Year, Summary = d.Summary,
        });
        var provisions = Register(_provisions, document.Provisions, d => d.Key, d => new Provision
        {
            Key = d.Key, Label = Required(d.Label, "label"), Title = d.Title, Text = d.Text, VagueTerms = d.VagueTerms ?? [],
        });
        var programmes = Register(_programmes, document.Programmes, d => d.Key, d => new Programme
        {
            Key = d.Key, Name = Required(d.Name, "name"), PartnerDescription = d.PartnerDescription, Topics = d.Topics ?? [],
            StartYear = d.StartYear, EndYear = d.EndYear, Description = d.Description,
        });
        var frameworks = Register(_frameworks, document.Frameworks, d => d.Key, d => new Framework { Key = d.Key, Name = Required(d.Name, "name"), Kind = d.Kind, Description = d.Description });
        var statements = Register(_statements, document.Statements, d => d.Key, d => new Statement
        {
            Key = d.Key, Title = Required(d.Title, "title"), Kind = d.Kind, Text = Required(d.Text, "text"), Speaker = d.Speaker, Date = d.Date,
        });
        var lexicon = Register(_lexicon, document.Lexicon, d => d.Key, d => new LexiconEntry
        {
            Key = d.Key, Lexicon = d.Lexicon, Category = d.Category, Term = Required(d.Term, "term"), Language = Required(d.Language, "language"),
            Why = d.Why, Suggestion = d.Suggestion,
        });
        var assessments = Register(_assessments, document.RiskAssessments, d => d.Key, d => new RiskAssessment
        {
            Key = d.Key, Year = d.Year, Level = d.Level, Overrides = d.Overrides, Note = d.Note,
        });

        // Pass 2: links, each checked against the document and the store.
        foreach (var (d, e, at) in parties) e.Citations = Cite(d.Citations, at);
        foreach (var (d, e, at) in areas)
        {
            e.Parent = Optional(_areas, d.Parent, at, "parent");
            e.Citations = Cite(d.Citations, at);
        }
        foreach (var (d, e, at) in institutions)
        {
            e.Party = Link(_parties, d.Party, at, "party")!;
            e.Powers = (d.Powers ?? []).Select((p, i) => new InstitutionPower
            {
                Power = p.Power,
                IssueArea = Optional(_areas, p.IssueArea, at, $"powers[{i}].issueArea"),
                Note = p.Note,
                Source = Optional(_sources, p.Source, at, $"powers[{i}].source"),
                Locator = p.Locator,
            }).ToList();
            e.Citations = Cite(d.Citations, at);
        }
        foreach (var (d, e, at) in channels)
        {
            e.Parties = Links(_parties, d.Parties, at, "parties");
            e.IssueAreas = Links(_areas, d.IssueAreas, at, "issueAreas");
            e.Citations = Cite(d.Citations, at);
        }
        foreach (var (d, e, at) in rounds)
        {
            e.Channel = Link(_channels, d.Channel, at, "channel")!;
            e.Delegates = (d.Delegates ?? []).Select((s, i) => new DelegationMember
            {
                Institution = Link(_institutions, s.Institution, at, $"delegates[{i}].institution")!, Name = s.Name, Role = s.Role,
            }).ToList();
            e.Agenda = (d.Agenda ?? []).Select((a, i) => new AgendaItem
            {
                IssueArea = Link(_areas, a.IssueArea, at, $"agenda[{i}].issueArea")!, Note = a.Note,
            }).ToList();
            e.Citations = Cite(d.Citations, at);
        }
        foreach (var (d, e, at) in recommendations)
        {
            e.FromParty = Optional(_parties, d.From, at, "from");
            e.ToParty = Optional(_parties, d.To, at, "to");
            e.Round = Optional(_rounds, d.Round, at, "round");
            if (d.ActionCategory is < 1 or > 5) Problem(at, "actionCategory", $"must be 1 to 5, not {d.ActionCategory}");
            e.IssueAreas = Links(_areas, d.IssueAreas, at, "issueAreas");
            e.Citations = Cite(d.Citations, at);
        }
        foreach (var (d, e, at) in commitments)
        {
            e.Party = Link(_parties, d.Party, at, "party")!;
            e.OwnerInstitution = Optional(_institutions, d.Owner, at, "owner");
            e.Channel = Optional(_channels, d.Channel, at, "channel");
            e.Round = Optional(_rounds, d.Round, at, "round");
            e.Recommendation = Optional(_recommendations, d.Recommendation, at, "recommendation");
            e.IssueAreas = Links(_areas, d.IssueAreas, at, "issueAreas");
            e.Frameworks = Links(_frameworks, d.Frameworks, at, "frameworks");
            e.DependsOn = Links(_commitments, d.DependsOn, at, "dependsOn");
            e.History = (d.History ?? []).Select((h, i) => new CommitmentStatusChange
            {
                Status = h.Status, Date = h.Date, Note = h.Note, Round = Optional(_rounds, h.Round, at, $"history[{i}].round"),
            }).ToList();
            e.Citations = Cite(d.Citations, at);
        }
        foreach (var (d, e, at) in cases)
        {
            e.Party = Optional(_parties, d.Party, at, "party");
            e.IssueAreas = Links(_areas, d.IssueAreas, at, "issueAreas");
            e.Charges = Links(_provisions, d.Charges, at, "charges");
            e.RaisedIn = Links(_rounds, d.RaisedIn, at, "raisedIn");
            e.Citations = Cite(d.Citations, at);
        }
        foreach (var (d, e, at) in instruments)
        {
            e.Party = Link(_parties, d.Party, at, "party")!;
            e.Issuer = Optional(_institutions, d.Issuer, at, "issuer");
            e.Citations = Cite(d.Citations, at);
        }
        foreach (var (d, e, at) in provisions)
        {
            e.Instrument = Link(_instruments, d.Instrument, at, "instrument")!;
            e.IssueAreas = Links(_areas, d.IssueAreas, at, "issueAreas");
            e.Citations = Cite(d.Citations, at);
        }
        foreach (var (d, e, at) in programmes)
        {
            e.Funder = Optional(_institutions, d.Funder, at, "funder");
            e.Implementer = Optional(_institutions, d.Implementer, at, "implementer");
            e.Partners = Links(_institutions, d.Partners, at, "partners");
            e.IssueAreas = Links(_areas, d.IssueAreas, at, "issueAreas");
            e.Citations = Cite(d.Citations, at);
        }
        foreach (var (d, e, at) in frameworks)
        {
            e.Members = Links(_parties, d.Members, at, "members");
            e.Events = (d.Events ?? []).Select((ev, i) => new FrameworkEvent
            {
                Kind = ev.Kind, Date = ev.Date, Note = ev.Note, Party = Optional(_parties, ev.Party, at, $"events[{i}].party"),
            }).ToList();
            e.Leverage = (d.Leverage ?? []).Select((l, i) => new FrameworkLeverage
            {
                IssueArea = Link(_areas, l.IssueArea, at, $"leverage[{i}].issueArea")!, Note = l.Note,
            }).ToList();
            e.Citations = Cite(d.Citations, at);
        }
        foreach (var (d, e, at) in statements)
        {
            e.Party = Optional(_parties, d.Party, at, "party");
            e.Round = Optional(_rounds, d.Round, at, "round");
            e.Citations = Cite(d.Citations, at);
        }
        foreach (var (d, e, at) in lexicon) e.Citations = Cite(d.Citations, at);
        foreach (var (d, e, at) in assessments)
        {
            e.IssueArea = Link(_areas, d.IssueArea, at, "issueArea")!;
            e.Party = Optional(_parties, d.Party, at, "party");
            e.Citations = Cite(d.Citations, at);
        }
        CheckParentCycles(areas);
        foreach (var (i, field, message) in IssueMappingTransfer.Check(document.IssueMapping, key => _areas.Find(key) is not null))
        {
            var line = _lineOf("issueMapping", i);
            var at = $"{_file}{(line is null ? "" : $":{line}")}: issueMapping[{i}]";
            if (field.Length == 0) _problems.Add(new ImportProblem(at, message));
            else Problem(at, field, message);
        }

        var sets = new IKeyedSetSummary[]
        {
            new Summary<Source>(_sources), new Summary<Party>(_parties), new Summary<IssueArea>(_areas), new Summary<Institution>(_institutions),
            new Summary<Channel>(_channels), new Summary<Round>(_rounds), new Summary<Recommendation>(_recommendations),
            new Summary<Commitment>(_commitments), new Summary<Case>(_cases), new Summary<LegalInstrument>(_instruments),
            new Summary<Provision>(_provisions), new Summary<Programme>(_programmes), new Summary<Framework>(_frameworks),
            new Summary<Statement>(_statements), new Summary<LexiconEntry>(_lexicon), new Summary<RiskAssessment>(_assessments),
        };
        var added = sets.ToDictionary(s => s.Kind, s => s.Added);
        var skipped = sets.ToDictionary(s => s.Kind, s => s.Skipped);
        if (_problems.Count > 0 || dryRun)
        {
            _db.ChangeTracker.Clear();
            return new ImportResult(_problems, added, skipped, dryRun);
        }

        // Alone, the import is one transaction; inside a caller's (parley migrate), the caller commits or rolls back.
        await using var transaction = _db.Database.CurrentTransaction is null ? await _db.Database.BeginTransactionAsync(ct) : null;
        foreach (var set in sets) set.AddTo(_db);
        foreach (var (fresh, stored) in _replaced) RecordCopy.Into(_db, fresh, stored);
        var relabelled = await IssueMappingTransfer.ApplyAsync(_db, document.IssueMapping, ct);
        await _db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        _db.ChangeTracker.Clear();
        return new ImportResult(_problems, added, skipped, dryRun)
        {
            Notes = relabelled == 0 ? [] : [$"the UPR issue mapping: {relabelled} label(s) set as in {_file}"],
        };
    }

    private interface IKeyedSetSummary
    {
        string Kind { get; }
        int Added { get; }
        int Skipped { get; }
        void AddTo(ParleyDb db);
    }

    private sealed class Summary<T>(KeyedSet<T> set) : IKeyedSetSummary where T : class, IKeyed
    {
        public string Kind => set.Kind;
        public int Added => set.AddedCount;
        public int Skipped => set.SkippedCount;
        public void AddTo(ParleyDb db) => db.Set<T>().AddRange(set.Added);
    }

    private List<(TDoc Doc, T Entity, string At)> Register<TDoc, T>(KeyedSet<T> set, List<TDoc>? docs, Func<TDoc, string> key, Func<TDoc, T> create)
        where T : class, IKeyed
    {
        var pending = new List<(TDoc, T, string)>();
        for (var i = 0; i < (docs?.Count ?? 0); i++)
        {
            var doc = docs![i];
            var line = _lineOf(set.Kind, i);
            var at = $"{_file}{(line is null ? "" : $":{line}")}: {set.Kind}[{i}]";
            if (doc is null)
            {
                _problems.Add(new ImportProblem(at, "is null; give a record or remove it"));
                continue;
            }
            var nulls = NullItems(doc, "").ToList();
            foreach (var field in nulls) Problem(at, field, "is null; give a value or remove it from the list");
            if (nulls.Count > 0) continue;
            var k = key(doc);
            if (!IsValidKey(k))
            {
                Problem(at, "key", $"'{k}' is not a valid key (lower-case letters, digits, '-', '.' and '_', starting with a letter or digit, at most 120 characters)");
                continue;
            }
            at += $" '{k}'";
            _current = at;
            var entity = create(doc);
            CheckLengths(entity, at);
            if (!set.TryAdd(entity, out var alreadyStored))
            {
                Problem(at, "key", $"'{k}' appears twice among {set.Kind}");
                continue;
            }
            if (!alreadyStored) pending.Add((doc, entity, at));
            else if (_replace)
            {
                pending.Add((doc, entity, at));
                _replaced.Add((entity, set.Find(k)!));
            }
        }
        return pending;
    }

    private string _current = "";

    /// <summary>
    /// The list items that are null ("citations[0]"), however deep. Nullable annotations cover fields, not list
    /// items, so JSON like "citations": [null] would otherwise reach the checks below as a part with no values.
    /// </summary>
    private static IEnumerable<string> NullItems(object doc, string prefix)
    {
        foreach (var property in doc.GetType().GetProperties())
        {
            if (property.GetValue(doc) is not System.Collections.IList list || property.PropertyType == typeof(string)) continue;
            var name = prefix + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is null) yield return $"{name}[{i}]";
                else if (list[i] is not string and { } item && item.GetType().IsClass)
                    foreach (var inner in NullItems(item, $"{name}[{i}].")) yield return inner;
            }
        }
    }

    /// <summary>Text longer than its column holds is refused here; PostgreSQL would refuse it only at saving.</summary>
    private void CheckLengths<T>(T entity, string at) where T : class
    {
        foreach (var property in _db.Model.FindEntityType(typeof(T))!.GetProperties())
            if (property.GetMaxLength() is { } max && property.PropertyInfo?.GetValue(entity) is string { Length: var length } && length > max)
                Problem(at, JsonNamingPolicy.CamelCase.ConvertName(property.Name), $"is {length:N0} characters long; at most {max:N0} are allowed");
    }

    private string Required(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) Problem(_current, field, "is required");
        return value ?? "";
    }

    private T? Link<T>(KeyedSet<T> set, string? key, string at, string field) where T : class, IKeyed
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            Problem(at, field, "is required");
            return null;
        }
        return Optional(set, key, at, field);
    }

    private T? Optional<T>(KeyedSet<T> set, string? key, string at, string field) where T : class, IKeyed
    {
        if (key is null) return null;
        var found = set.Find(key);
        if (found is null) Problem(at, field, $"no {Singular(set.Kind)} with key '{key}' in the document or the store");
        return found;
    }

    private List<T> Links<T>(KeyedSet<T> set, List<string>? keys, string at, string field) where T : class, IKeyed
    {
        var found = new List<T>();
        for (var i = 0; i < (keys?.Count ?? 0); i++)
        {
            var key = keys![i];
            if (found.Any(f => f.Key == key))
            {
                Problem(at, $"{field}[{i}]", $"'{key}' is listed twice");
                continue;
            }
            if (Optional(set, key, at, $"{field}[{i}]") is { } item) found.Add(item);
        }
        return found;
    }

    private List<Citation> Cite(List<CitationDoc>? citations, string at) =>
        (citations ?? []).Select((c, i) => (c, Source: Optional(_sources, c.Source, at, $"citations[{i}].source")))
            .Where(x => x.Source is not null)
            .Select(x => new Citation { Source = x.Source!, Locator = x.c.Locator })
            .ToList();

    private void CheckParentCycles(List<(IssueAreaDoc Doc, IssueArea Entity, string At)> areas)
    {
        foreach (var (_, area, at) in areas)
        {
            var seen = new HashSet<IssueArea>(ReferenceEqualityComparer.Instance);
            for (var node = area; node is not null; node = node.Parent)
            {
                if (seen.Add(node)) continue;
                Problem(at, "parent", "issue areas form a cycle through their parents");
                break;
            }
        }
    }

    private void Problem(string at, string field, string message) => _problems.Add(ProblemAt(at, field, message));

    private static string Singular(string kind) => kind switch
    {
        "parties" => "party",
        "issueAreas" => "issue area",
        "legalInstruments" => "legal instrument",
        "lexicon" => "lexicon entry",
        "riskAssessments" => "risk assessment",
        _ => kind.TrimEnd('s'),
    };

    private static bool IsValidKey(string? key) => key is { Length: > 0 and <= 120 } && KeyPattern().IsMatch(key);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex KeyPattern();
}
