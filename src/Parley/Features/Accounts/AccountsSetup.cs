using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Parley.Store;
using Parley.Web;

namespace Parley.Features.Accounts;

/// <summary>
/// Sign-in (cookie for pages, bearer token for the API), roles and policies, sign-in throttling and security headers.
/// Everything needs a signed-in user unless it says otherwise; /health, /login and static files are public.
/// The OpenAPI document and the /api reference page need a signed-in user too: they describe nothing secret,
/// but a locked-down deployment should not advertise its surface.
/// </summary>
public static class AccountsSetup
{
    /// <summary>The scheme that picks the bearer token when one is sent and the sign-in cookie otherwise.</summary>
    public const string Scheme = "parley";
    public const string LoginPath = "/login";
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

        services.AddSingleton(new SignInThrottle(
            builder.Configuration.GetValue(SignInThrottle.PerAddressSetting, 10),
            builder.Configuration.GetValue(SignInThrottle.PerAccountSetting, 10),
            IdentitySetup.FailuresToLock, IdentitySetup.LockedFor));
        services.AddSingleton<IStartupFilter, SecurityHeadersStartupFilter>();
        return builder;
    }

    /// <summary>After UseRouting: authentication, authorization, and the actor stamped on the store.</summary>
    public static WebApplication UseParleyAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true)
            {
                if (MustChangePassword(context) && !MayUseBeforeChange(context.Request)) { await RefuseUntilChangedAsync(context); return; }
                context.RequestServices.GetRequiredService<ParleyDb>().ActAs(context.User, IsApi(context.Request) ? "api" : "web");
            }
            await next();
        });
        return app;
    }

    public const string ChangePasswordPath = "/account/password";

    /// <summary>An account with a generated (one-time) password: the first admin, or one an admin has reset.</summary>
    private static bool MustChangePassword(HttpContext context) => context.User.HasClaim(c => c.Type == AccountClaims.MustChangePassword);

    /// <summary>What such an account may still do: change the password, sign out, and what anyone may (health).</summary>
    private static bool MayUseBeforeChange(HttpRequest request) =>
        request.Path.StartsWithSegments(ChangePasswordPath) || request.Path.StartsWithSegments("/logout") || request.Path.StartsWithSegments("/health");

    /// <summary>
    /// A one-time password must be replaced before anything else is done with the account: pages send the browser to
    /// the change form, everything else (API calls with the cookie or with the account's tokens, form posts) is refused
    /// with the reason.
    /// </summary>
    private static Task RefuseUntilChangedAsync(HttpContext context)
    {
        if (!IsApi(context.Request) && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
        {
            context.Response.Redirect(ChangePasswordPath);
            return Task.CompletedTask;
        }
        return RequestLimits.RefuseAsync(context, StatusCodes.Status403Forbidden, "The password must be changed first",
            $"The account '{context.User.Identity?.Name}' still has a one-time password. Sign in at {LoginPath} and choose your own at "
            + $"{ChangePasswordPath}; until then its sessions and access tokens are refused.", null);
    }

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
            return BrowserSessions.StartAsync(context, lifetime);
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
            // Ended by signing out or by an admin, or the account disabled: the cookie no longer opens anything.
            if (!await BrowserSessions.IsOpenAsync(context))
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
