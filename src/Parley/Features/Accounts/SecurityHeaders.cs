namespace Parley.Features.Accounts;

/// <summary>
/// Headers every response carries (and Strict-Transport-Security every response over HTTPS). The CSP allows only Parley's own origin: pages use no inline script and no CDN,
/// so a stored script in a record's text cannot run even if encoding were ever missed.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const int HstsSeconds = 365 * 24 * 60 * 60;

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        // Served over HTTPS, browsers are told to keep to HTTPS for a year, so a later plain-http link cannot expose the
        // sign-in cookie. Not over plain http: the header would be ignored there, and Parley's default is http on loopback.
        if (context.Request.IsHttps) headers.StrictTransportSecurity = $"max-age={HstsSeconds}";
        await next();
    });
}
