using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Accounts;
using Parley.Features.Audit;
using Parley.Features.Interchange;
using Parley.Store;

namespace Parley.Features.Api;

/// <summary>
/// The endpoints of one kind under /api/v1/{kind}: list, get, create, update, delete and history. Bodies are the
/// kind's interchange document; create and update go through the importer, so the API refuses exactly what
/// `parley import` refuses, with the field named.
/// </summary>
internal static class RecordEndpoints
{
    public static void Map<T, TDoc>(RouteGroupBuilder api, ApiKind<T, TDoc> kind) where T : class, IKeyed where TDoc : class
    {
        var read = kind.Sensitive ? Policies.ReadCases : Policies.Read;
        var group = api.MapGroup("/" + kind.Route).WithTags(kind.Route);

        group.MapGet("/", (ParleyDb db, [AsParameters] RecordListQuery query, ReaderView reader, CancellationToken ct) => ListAsync(db, kind, query, reader, ct))
            .RequireAuthorization(read).WithName($"list-{kind.Route}")
            .WithSummary($"List {kind.Route}: paged (page, pageSize ≤ {RecordListQuery.MaxPageSize}), sorted (sort=field or -field), searched (q), filtered ({string.Join(", ", kind.Filters.Keys)})")
            .Produces<RecordPage<TDoc>>().ProducesValidationProblem();

        group.MapGet("/{key}", (ParleyDb db, HttpResponse response, string key, string? round, CancellationToken ct) => GetAsync(db, response, kind, key, StatusCodes.Status200OK, ct, isRead: true, round))
            .RequireAuthorization(read).WithName($"get-{kind.Route}")
            .WithSummary($"Get one {kind.Label} by key; the ETag header carries its version for If-Match")
            .Produces<TDoc>().ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", (ParleyDb db, HttpRequest request, HttpResponse response, CancellationToken ct) => CreateAsync(db, request, response, kind, ct))
            .RequireAuthorization(Policies.Write).WithName($"create-{kind.Route}")
            .WithSummary($"Create a {kind.Label}; links to other records by key")
            .Accepts<TDoc>("application/json").Produces<TDoc>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{key}", (ParleyDb db, HttpRequest request, HttpResponse response, string key, CancellationToken ct) => UpdateAsync(db, request, response, kind, key, ct))
            .RequireAuthorization(Policies.Write).WithName($"update-{kind.Route}")
            .WithSummary($"Replace a {kind.Label}; needs If-Match with the ETag from GET, and refuses (409) when someone changed it since")
            .Accepts<TDoc>("application/json").Produces<TDoc>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapDelete("/{key}", (ParleyDb db, HttpRequest request, string key, CancellationToken ct) => DeleteAsync(db, request, kind, key, ct))
            .RequireAuthorization(Policies.Write).WithName($"delete-{kind.Route}")
            .WithSummary($"Delete a {kind.Label}; refused (409) while other records link to it; If-Match is checked when sent")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/{key}/history", async (ParleyDb db, string key, CancellationToken ct) =>
            {
                var history = await AuditTrail.HistoryAsync(db, kind.EntityName, key, ct);
                if (history.Count == 0) return NotFound(kind, key);
                return Results.Json(history, DocumentJson.Options);
            })
            .RequireAuthorization(read).WithName($"history-{kind.Route}")
            .WithSummary($"The audit trail of one {kind.Label}, newest first: who, when, from where, values before and after")
            .Produces<List<AuditEntryView>>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync<T, TDoc>(ParleyDb db, ApiKind<T, TDoc> kind, RecordListQuery query, ReaderView reader, CancellationToken ct)
        where T : class, IKeyed where TDoc : class
    {
        var type = db.Model.FindEntityType(typeof(T))!;
        var errors = new Dictionary<string, string[]>();
        var page = query.Page ?? 1;
        var size = query.PageSize ?? RecordListQuery.DefaultPageSize;
        if (page < 1) errors["page"] = ["must be 1 or more"];
        if (size is < 1 or > RecordListQuery.MaxPageSize) errors["pageSize"] = [$"must be from 1 to {RecordListQuery.MaxPageSize}"];
        if (query.Q?.Length > InputLimits.Current.QueryLength) errors["q"] = [$"is {query.Q.Length:N0} characters long; at most {InputLimits.Current.QueryLength:N0} are allowed"];

        var records = db.Set<T>().AsNoTracking();
        foreach (var (name, value) in query.Filters())
        {
            if (!kind.Filters.TryGetValue(name, out var filter))
            {
                errors[name] = [$"does not apply to {kind.Route}; its filters are: {string.Join(", ", kind.Filters.Keys)}"];
                continue;
            }
            try { records = filter(records, value); }
            catch (BadFilter e) { errors[name] = [e.Message]; }
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            records = RecordListing.Search(records, type, query.Q.Trim());
            if (errors.Count == 0) records = await RecordListing.StillMatchingAsync(records, type, query.Q.Trim(), await reader.WithholdingAsync(ct), ct);
        }
        IOrderedQueryable<T>? ordered = null;
        try { ordered = RecordListing.Sort(records, type, query.Sort); }
        catch (BadFilter e) { errors["sort"] = [e.Message]; }
        if (errors.Count > 0) return Results.ValidationProblem(errors, title: "The list request has invalid parameters");

        var filtered = query.Filters().Any() || !string.IsNullOrWhiteSpace(query.Q);
        var total = filtered ? await records.CountAsync(ct) : await KeptCount<T>.OfAsync(db, ct);
        var rows = await ordered!.Skip((page - 1) * size).Take(size).Select(r => new { r.Id, r.Key }).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var exporter = await RecordExporter.ForFewAsync(db, ct);
        var docs = (kind.ReadPage is { } readPage ? await readPage(db, exporter, ids, ct) : await kind.Export(exporter, db.Set<T>().Where(r => ids.Contains(r.Id)), ct))
            .ToDictionary(kind.KeyOf);
        var listed = new RecordPage<TDoc>([.. rows.Select(r => docs[r.Key])], page, size, total);
        return Results.Json(listed, DocumentJson.Options);
    }

    /// <summary>
    /// One record with its version as the ETag. The data version is read once for the exporter's kept key maps.
    /// </summary>
    private static async Task<IResult> GetAsync<T, TDoc>(ParleyDb db, HttpResponse response, ApiKind<T, TDoc> kind, string key, int status, CancellationToken ct, bool isRead = false,
        string? round = null)
        where T : class, IKeyed where TDoc : class
    {
        var version = await DataVersion.OfAsync(db, ct);
        var exporter = await RecordExporter.ForFewAsync(db, version, ct);
        var found = kind.ReadOne is { } readOne ? await readOne(db, exporter, key, ct) : await ReadOneAsync(db, kind, exporter, key, ct);
        if (found is not var (doc, recordVersion)) return NotFound(kind, key);
        if (isRead && kind.Sensitive) await CaseReads.RecordAsync(db, key, ct);
        response.Headers.ETag = ConcurrencyCheck.ETag(recordVersion);
        if (status == StatusCodes.Status201Created) response.Headers.Location = $"/api/v1/{kind.Route}/{Uri.EscapeDataString(key)}";
        // How old the record's facts are (and, for a round being prepared, whether they are stale): see RecordAge.
        if (await RecordAge.AddAsync<T, TDoc>(db, version, doc, round, ct) is not { } aged)
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown round", detail: $"round: no round has the key '{round}'");
        return Results.Json(aged, DocumentJson.Options, statusCode: status);
    }

    /// <summary>Any kind: its id and version (a compiled query), then the record through the kind's export.</summary>
    private static async Task<(TDoc Doc, int Version)?> ReadOneAsync<T, TDoc>(ParleyDb db, ApiKind<T, TDoc> kind, RecordExporter exporter, string key, CancellationToken ct)
        where T : class, IKeyed where TDoc : class
    {
        if (await KeyedRead<T>.OfAsync(db, key, ct) is not { } found) return null;
        return ((await kind.Export(exporter, db.Set<T>().Where(r => r.Id == found.Id), ct)).Single(), found.Version);
    }

    private static async Task<IResult> CreateAsync<T, TDoc>(ParleyDb db, HttpRequest request, HttpResponse response, ApiKind<T, TDoc> kind, CancellationToken ct)
        where T : class, IKeyed where TDoc : class
    {
        var (doc, problem) = await ReadAsync<TDoc>(request, ct);
        if (doc is null) return problem!;
        var outcome = await RecordEdits.CreateAsync(db, kind, doc, ct);
        return outcome.Succeeded ? await GetAsync(db, response, kind, kind.KeyOf(doc), StatusCodes.Status201Created, ct) : Problem(outcome);
    }

    private static async Task<IResult> UpdateAsync<T, TDoc>(ParleyDb db, HttpRequest request, HttpResponse response, ApiKind<T, TDoc> kind, string key, CancellationToken ct)
        where T : class, IKeyed where TDoc : class
    {
        var opened = ConcurrencyCheck.ParseETag(request.Headers.IfMatch);
        if (opened is null)
            return Results.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match is required",
                detail: $"Send the header If-Match with the ETag of GET /api/v1/{kind.Route}/{key}, so a change made since you read it is not overwritten.");
        var (doc, problem) = await ReadAsync<TDoc>(request, ct);
        if (doc is null) return problem!;
        var outcome = await RecordEdits.UpdateAsync(db, kind, key, doc, opened.Value, ct);
        return outcome.Succeeded ? await GetAsync(db, response, kind, key, StatusCodes.Status200OK, ct) : Problem(outcome);
    }

    private static async Task<IResult> DeleteAsync<T, TDoc>(ParleyDb db, HttpRequest request, ApiKind<T, TDoc> kind, string key, CancellationToken ct)
        where T : class, IKeyed where TDoc : class
    {
        var outcome = await RecordEdits.DeleteAsync(db, kind, key, ConcurrencyCheck.ParseETag(request.Headers.IfMatch), ct);
        return outcome.Succeeded ? Results.NoContent() : Problem(outcome);
    }

    /// <summary>An outcome that is not a success, as problem details.</summary>
    private static IResult Problem(RecordOutcome outcome) => outcome.Kind switch
    {
        RecordOutcomeKind.Invalid => Results.ValidationProblem(outcome.Errors!, title: "The record is not valid"),
        RecordOutcomeKind.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: outcome.Message),
        RecordOutcomeKind.KeyTaken => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The key is taken", detail: outcome.Message),
        RecordOutcomeKind.Linked => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Other records link to it", detail: outcome.Message),
        _ => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Changed since you opened it", detail: outcome.Message),
    };

    /// <summary>A member sent twice is refused: which of the two was meant cannot be known, and a parsed object cannot hold both.</summary>
    private static readonly JsonDocumentOptions SingleMembers = new() { AllowDuplicateProperties = false };

    private static async Task<(TDoc? Doc, IResult? Problem)> ReadAsync<TDoc>(HttpRequest request, CancellationToken ct) where TDoc : class
    {
        if (!request.HasJsonContentType())
            return (null, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send JSON",
                detail: "The body must be a JSON document with Content-Type: application/json."));
        try
        {
            var doc = RecordAge.WithoutAge(await JsonNode.ParseAsync(request.Body, documentOptions: SingleMembers, cancellationToken: ct))?.Deserialize<TDoc>(DocumentJson.Options);
            return doc is null
                ? (null, Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["must be a JSON object"] }))
                : (doc, null);
        }
        catch (JsonException e)
        {
            var (field, message) = DocumentImporter.Describe(e);
            return (null, Results.ValidationProblem(new Dictionary<string, string[]> { [field.Length == 0 ? "body" : field] = [message] },
                title: "The record is not valid"));
        }
        catch (InvalidOperationException)
        {
            // A parsed document reads its text only when deserialised: bytes that are not UTF-8 fail there, not in the parser.
            return (null, Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["is not valid UTF-8 text"] },
                title: "The record is not valid"));
        }
    }

    private static IResult NotFound(IApiKind kind, string key) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no {kind.Label} with the key '{key}'.");
}
