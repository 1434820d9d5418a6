using Microsoft.OpenApi;

namespace Parley.Features.Api;

/// <summary>The JSON API under /api/v1 for every kind of record, the audit trail, and its OpenAPI document at /openapi/v1.json.</summary>
public static class RecordsApi
{
    public static IServiceCollection AddRecordsApi(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            // Clients learn from the document how to authenticate: a personal access token as a bearer token.
            document.Info.Title = "Parley API";
            document.Info.Description = "The record of human-rights dialogues. Authenticate with a personal access token (parley tokens create) as 'Authorization: Bearer TOKEN'.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer", Description = "A personal access token from 'parley tokens create'",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] }];
            // The server is the address the document was asked at; a trailing slash would double in every path joined to it.
            foreach (var server in document.Servers ?? []) server.Url = server.Url?.TrimEnd('/');
            foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
                tag.Description ??= TagDescriptions.GetValueOrDefault(tag.Name ?? "")
                    ?? (ApiKinds.Find(tag.Name ?? "") is { } kind ? $"The {kind.Label} records: list, read, create, replace, delete, and their audit trail" : null);
            return Task.CompletedTask;
        }));

    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["analyses"] = "The analyses as JSON, with the same parameters as the command line",
        ["search"] = "Full-text search over every kind of record",
        ["audit"] = "The whole audit trail, for admins",
        ["health"] = "Whether the server and its store are up",
    };

    public static IEndpointRouteBuilder MapRecordsApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        var api = app.MapGroup("/api/v1");
        foreach (var kind in ApiKinds.All) kind.MapEndpoints(api);
        Audit.AuditEndpoints.Map(api);
        return app;
    }
}
