using Microsoft.OpenApi;

namespace Parley.Features.Records;

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
            return Task.CompletedTask;
        }));

    public static IEndpointRouteBuilder MapRecordsApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        var api = app.MapGroup("/api/v1");
        RecordEndpoints.Map(api, RecordKinds.Parties);
        RecordEndpoints.Map(api, RecordKinds.IssueAreas);
        RecordEndpoints.Map(api, RecordKinds.Institutions);
        RecordEndpoints.Map(api, RecordKinds.Channels);
        RecordEndpoints.Map(api, RecordKinds.Rounds);
        RecordEndpoints.Map(api, RecordKinds.Recommendations);
        RecordEndpoints.Map(api, RecordKinds.Commitments);
        RecordEndpoints.Map(api, RecordKinds.Cases);
        RecordEndpoints.Map(api, RecordKinds.LegalInstruments);
        RecordEndpoints.Map(api, RecordKinds.Provisions);
        RecordEndpoints.Map(api, RecordKinds.Programmes);
        RecordEndpoints.Map(api, RecordKinds.Frameworks);
        RecordEndpoints.Map(api, RecordKinds.Statements);
        RecordEndpoints.Map(api, RecordKinds.Sources);
        RecordEndpoints.Map(api, RecordKinds.Lexicon);
        RecordEndpoints.Map(api, RecordKinds.RiskAssessments);
        Audit.AuditEndpoints.Map(api);
        return app;
    }
}
