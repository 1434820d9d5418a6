using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Parley.Store;
using Parley.Web;

namespace Parley.Features.Accounts;

/// <summary>
/// Sign-in (cookie for pages, bearer token for the API), roles and policies, login rate limiting and security headers.
/// Everything needs a signed-in user unless it says otherwise; /health, /login and static files are public.
/// The OpenAPI document and the /api reference page need a signed-in user too: they describe nothing secret,
/// but a locked-down deployment should not advertise its surface.
/// </summary>
public static class AccountsSetup
{
    /// <summary>The scheme that picks the bearer token when one is sent and the sign-in cookie otherwise.</summary>
    public const string Scheme = "parley";
    public const string LoginPath = "/login";
    public const string LoginRateLimitSetting = "Parley:LoginAttemptsPerMinute";
    public const string PublicReadVariable = "PARLEY_PUBLIC_READ";
    /// <summary>A browser session ends after this long without a request (sliding); default 8 hours.</summary>
    public const string SessionIdleSetting = "Parley:SessionIdleTimeout";
    /// <summary>...and after this long from signing in, however busy; default 24 hours.</summary>
    public const string SessionLifetimeSetting = "Parley:SessionLifetime";
    private const string SignedInAtItem = "parley.signed-in-at";

    public static WebApplicationBuilder AddParleyAccounts(this WebApplicationBuilder builder, WebSettings settings)
    {
        var services = builder.Services;
        var publicRead = settings.PublicRead ?? IsTrue(builder.Configuration[PublicReadVariable] ?? builder.Configuration["Parley:PublicRead"]);
        var loginAttempts = builder.Configuration.GetValue(LoginRateLimitSetting, 10);
        var idle = builder.Configuration.GetValue(SessionIdleSetting, TimeSpan.FromHours(8));
        var lifetime = builder.Configuration.GetValue(SessionLifetimeSetting, TimeSpan.FromHours(24));

        // Each refused API call would otherwise log a line at Information.
        builder.Logging.AddFilter(typeof(BearerTokenHandler).FullName, LogLevel.Warning);
        services.AddParleyIdentity().AddSignInManager();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(Scheme, "Cookie or bearer token", o => o.ForwardDefaultSelector = context =>
                BearerTokenHandler.HasBearer(context.Request) ? BearerTokenHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(o => ConfigureCookie(o, idle, lifetime)));
        // A changed role, case access or password reaches browsers already signed in within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Read, p =>
            {
                if (publicRead) p.RequireAssertion(_ => true);
                else p.RequireRole(Roles.Readers);
            })
            .AddPolicy(Policies.ReadCases, p => p.RequireAssertion(context => CaseAccess.Allowed(context.User)))
            .AddPolicy(Policies.Write, p => p.RequireRole(Roles.Writers))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin));

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only sign-in attempts are limited, per client address: guessing passwords is what this slows down.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(LoginPath, StringComparison.OrdinalIgnoreCase)
                    ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = loginAttempts, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(""));
            o.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync("Too many sign-in attempts from this address. Wait a minute and try again.", ct);
            };
        });
        services.AddSingleton<IStartupFilter, SecurityHeadersStartupFilter>();
        return builder;
    }

    /// <summary>After UseRouting: rate limiting, authentication, authorization, and the actor stamped on the store.</summary>
    public static WebApplication UseParleyAccounts(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true)
            {
                if (MustChangePassword(context)) { context.Response.Redirect(ChangePasswordPath); return; }
                context.RequestServices.GetRequiredService<ParleyDb>().ActAs(context.User, IsApi(context.Request) ? "api" : "web");
            }
            await next();
        });
        return app;
    }

    public const string ChangePasswordPath = "/account/password";

    /// <summary>A generated password must be replaced before anything else is done with the account in the browser.</summary>
    private static bool MustChangePassword(HttpContext context) =>
        context.User.HasClaim(c => c.Type == AccountClaims.MustChangePassword)
        && HttpMethods.IsGet(context.Request.Method)
        && !IsApi(context.Request)
        && !context.Request.Path.StartsWithSegments(ChangePasswordPath)
        && !context.Request.Path.StartsWithSegments("/logout")
        && !context.Request.Path.StartsWithSegments("/health");

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api/v1") || request.Path.StartsWithSegments("/openapi");

    private static void ConfigureCookie(CookieAuthenticationOptions o, TimeSpan idle, TimeSpan lifetime)
    {
        o.Cookie.Name = "parley";
        // Scripts cannot read it; other sites' links may carry it (Lax), their forms and frames may not; over HTTPS
        // it is marked Secure. Plain http stays possible for the loopback address Parley listens on by default.
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.LoginPath = LoginPath;
        o.LogoutPath = "/logout";
        o.AccessDeniedPath = "/denied";
        o.ExpireTimeSpan = idle;
        o.SlidingExpiration = true;
        // Sliding renewal re-issues the ticket, so the moment of signing in is kept apart to cap the whole session.
        o.Events.OnSigningIn = context =>
        {
            context.Properties.Items.TryAdd(SignedInAtItem, DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
            return Task.CompletedTask;
        };
        var checkStamp = o.Events.OnValidatePrincipal;
        o.Events.OnValidatePrincipal = async context =>
        {
            if (context.Properties.Items.TryGetValue(SignedInAtItem, out var at) && long.TryParse(at, out var seconds)
                && DateTimeOffset.UtcNow - DateTimeOffset.FromUnixTimeSeconds(seconds) > lifetime)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }
            await checkStamp(context);
        };
        // API clients get status codes, not a redirect to a page they cannot use.
        o.Events.OnRedirectToLogin = context =>
        {
            if (!IsApi(context.Request)) { context.Response.Redirect(context.RedirectUri); return Task.CompletedTask; }
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return Task.CompletedTask;
        };
        o.Events.OnRedirectToAccessDenied = context =>
        {
            if (!IsApi(context.Request)) { context.Response.Redirect(context.RedirectUri); return Task.CompletedTask; }
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }

    private static bool IsTrue(string? value) => value is not null && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1");
}
