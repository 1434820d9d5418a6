using Parley.Features.Accounts;

namespace Parley.Web;

/// <summary>
/// A page request that ends in an empty 4xx/5xx (an unknown address, a refused record) or an unhandled fault is
/// answered by /error/{code} in the normal layout. The JSON API is left alone: its answers are problem details.
/// </summary>
public static class ErrorPages
{
    public static IApplicationBuilder UseErrorPages(this IApplicationBuilder app) =>
        app.UseWhen(context => !AccountsSetup.IsApi(context.Request), pages => pages
            .UseExceptionHandler("/error/500")
            .UseStatusCodePagesWithReExecute("/error/{0}"));
}
