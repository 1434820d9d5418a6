using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Parley.Features.Accounts;

namespace Parley.Web.Localization;

/// <summary>
/// The languages of the interface: English and Vietnamese. A page's language is the one the reader chose with the
/// switch in the header (kept in a cookie for a year), else the first of the browser's Accept-Language that Parley
/// speaks, else English. The JSON API and the CLI keep the invariant culture: their dates and numbers are data.
/// </summary>
public static class Languages
{
    public static readonly string CookieName = CookieRequestCultureProvider.DefaultCookieName;

    /// <summary>English, with ISO dates (2026-12-04): unambiguous for readers on both sides of a dialogue.</summary>
    public static readonly CultureInfo English = IsoDated("en");
    public static readonly CultureInfo Vietnamese = new("vi");
    public static readonly IReadOnlyList<CultureInfo> All = [English, Vietnamese];

    public static IServiceCollection AddLanguages(this IServiceCollection services) => services.AddLocalization();

    public static IApplicationBuilder UseLanguages(this IApplicationBuilder app)
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(English, English),
            SupportedCultures = [.. All],
            SupportedUICultures = [.. All],
            // "vi-VN" in Accept-Language means Vietnamese; "en-US" English.
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        // Only the chosen language and the browser's: a query string must not switch a shared link's reader.
        options.RequestCultureProviders = [new CookieRequestCultureProvider { CookieName = CookieName }, new AcceptLanguageHeaderRequestCultureProvider()];
        return app.UseWhen(context => !AccountsSetup.IsApi(context.Request), branch => branch.UseRequestLocalization(options));
    }

    /// <summary>The supported language named by <paramref name="name"/> ("en", "vi"), or null.</summary>
    public static CultureInfo? Find(string? name) => All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The cookie that remembers a reader's choice of <paramref name="culture"/>.</summary>
    public static void Remember(HttpResponse response, CultureInfo culture) =>
        response.Cookies.Append(CookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture, culture)), new CookieOptions
        {
            Expires = DateTimeOffset.UtcNow.AddYears(1),
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            Secure = response.HttpContext.Request.IsHttps,
        });

    private static CultureInfo IsoDated(string name)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(name).Clone();
        culture.DateTimeFormat.ShortDatePattern = "yyyy-MM-dd";
        return CultureInfo.ReadOnly(culture);
    }
}
