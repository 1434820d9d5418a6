using Parley.Features.Api;
using Parley.Features.Accounts;
using Parley.Features.Interchange;
using Parley.Store;

namespace Parley.Features.Audit;

/// <summary>GET /api/v1/audit: the whole trail for admins. Read-only: the application has no way to change or remove entries.</summary>
public static class AuditEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/audit", async (ParleyDb db, string? kind, string? key, string? actor, int? page, int? pageSize, CancellationToken ct) =>
            {
                var errors = new Dictionary<string, string[]>();
                var entityName = kind is null ? null : ApiKinds.Find(kind)?.EntityName ?? AccountKind(kind);
                if (kind is not null && entityName is null)
                    errors["kind"] = [$"'{kind}' is not a kind; use one of: {string.Join(", ", ApiKinds.All.Select(k => k.Route))}, users, tokens"];
                var p = page ?? 1;
                var size = pageSize ?? RecordListQuery.DefaultPageSize;
                if (p < 1) errors["page"] = ["must be 1 or more"];
                if (size is < 1 or > RecordListQuery.MaxPageSize) errors["pageSize"] = [$"must be from 1 to {RecordListQuery.MaxPageSize}"];
                if (errors.Count > 0) return Results.ValidationProblem(errors);
                var (entries, total) = await AuditTrail.PageAsync(db, entityName, key, actor, p, size, ct);
                return Results.Json(new RecordPage<AuditEntryView>(entries, p, size, total), DocumentJson.Options);
            })
            .RequireAuthorization(Policies.Admin).WithTags("audit").WithName("audit")
            .WithSummary("The whole audit trail, newest first; filter by kind (e.g. rounds), key and actor; paged")
            .Produces<RecordPage<AuditEntryView>>().ProducesValidationProblem();

    internal static string? AccountKind(string kind) => kind.ToLowerInvariant() switch
    {
        "users" or "user" => AccountAudit.UserKind,
        "tokens" or "accesstoken" => AccountAudit.TokenKind,
        _ => null,
    };
}
