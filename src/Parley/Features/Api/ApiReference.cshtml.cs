using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Parley.Features.Api;

/// <summary>/api: the API's operations as a page, read from the same endpoint metadata the OpenAPI document is made of.</summary>
public sealed class ApiReferenceModel(EndpointDataSource endpoints, Microsoft.Extensions.Localization.IStringLocalizer<Parley.Web.Text> text) : PageModel
{
    public sealed record Operation(string Method, string Path, string Summary, string Access);

    public IReadOnlyList<IGrouping<string, Operation>> Groups { get; private set; } = [];

    public void OnGet()
    {
        Groups = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(method => (e, method)))
            .Select(x => (Tag: x.e.Metadata.GetMetadata<ITagsMetadata>()?.Tags.FirstOrDefault() ?? "other",
                Operation: new Operation(x.method, x.e.RoutePattern.RawText!,
                    x.e.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary ?? "",
                    Access(x.e.Metadata.GetOrderedMetadata<IAuthorizeData>()))))
            .GroupBy(x => x.Tag, x => x.Operation)
            .ToList();
    }

    private string Access(IReadOnlyList<IAuthorizeData> rules) => rules.LastOrDefault(r => r.Policy is not null)?.Policy switch
    {
        Accounts.Policies.Read => text["Api.Access.Read"],
        Accounts.Policies.ReadCases => text["Api.Access.ReadCases"],
        Accounts.Policies.Write => text["Role.editor"],
        Accounts.Policies.Admin => text["Role.admin"],
        _ => text["Api.Access.SignedIn"],
    };
}
