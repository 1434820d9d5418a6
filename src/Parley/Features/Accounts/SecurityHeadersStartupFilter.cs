namespace Parley.Features.Accounts;

/// <summary>Puts the security headers first in the pipeline so static files and error responses carry them too.</summary>
internal sealed class SecurityHeadersStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseSecurityHeaders();
        next(app);
    };
}
