using Microsoft.Playwright;
using Parley.Tests.Support;

namespace Parley.Tests.Browser;

/// <summary>
/// The interface as people meet it, in real Chromium at a desk (1440 px) and on a phone (390 px): the menu, error
/// pages, what each role is offered, adding an account. Screenshots go to artifacts/screenshots.
/// </summary>
public class InterfaceBrowserTests
{
    public const int Desk = 1440;
    public const int Phone = 390;

    /// <summary>A fresh browser context (its own cookies) of the given width, signed in as <paramref name="user"/>.</summary>
    public static async Task<IPage> SignedInPageAsync(DebianChromium chromium, SignedInApp app, string user, int width, string? locale = null)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = width == Phone ? 844 : 900 },
            Locale = locale ?? "en-US",
        });
        // The first requests warm a new store up; on a busy shared machine that can take longer than Playwright's 30 s.
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        var page = await context.NewPageAsync();
        await app.SignInAsync(page, user);
        return page;
    }

    /// <summary>How many pixels the page is wider than the window (0 when nothing sticks out sideways).</summary>
    public static Task<int> OverflowAsync(IPage page) =>
        page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

    /// <summary>The first elements that stick out past the window's right edge, to name in a failure.</summary>
    public static Task<string> WidestAsync(IPage page) => page.EvaluateAsync<string>("""
        () => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
                && !(e.parentElement && e.parentElement.closest('table, .scroll, fieldset, pre')))
            .slice(0, 4).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '') + ' ' + Math.round(e.getBoundingClientRect().right) + 'px').join('; ')
        """);

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task At_390_px_the_menu_folds_behind_a_button_and_no_page_is_wider_than_the_phone(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        await using var chromium = await DebianChromium.LaunchAsync();
        var page = await SignedInPageAsync(chromium, app, "admin", Phone);

        await page.GotoAsync(app.BaseAddress.ToString());
        var nav = page.Locator("#site-nav");
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        Assert.False(await nav.IsVisibleAsync(), "at 390 px the navigation should be folded away until Menu is pressed");
        await DebianChromium.ScreenshotAsync(page, "phone-dashboard");
        await menu.ClickAsync();
        Assert.True(await nav.IsVisibleAsync());
        Assert.Equal("true", await menu.GetAttributeAsync("aria-expanded"));
        await page.Locator("#site-nav summary", new() { HasText = "Records" }).ClickAsync();
        await DebianChromium.ScreenshotAsync(page, "phone-menu-open");
        await page.Locator("#site-nav a", new() { HasText = "Commitments" }).ClickAsync();
        await page.WaitForURLAsync(u => u.EndsWith("/records/commitments", StringComparison.Ordinal));

        string[] paths = ["/", "/records/recommendations", "/records/commitments/csp-2023-human-rights-cooperation",
            "/records/commitments/csp-2023-human-rights-cooperation/edit", "/briefings", "/analyses", "/accounts", "/search?q=labour", "/no-such-page"];
        foreach (var path in paths)
        {
            await page.GotoAsync(app.BaseAddress + path.TrimStart('/'));
            Assert.True(await OverflowAsync(page) <= 0, $"{path} is {await OverflowAsync(page)} px wider than a 390 px phone: {await WidestAsync(page)}");
        }
        await page.GotoAsync(app.BaseAddress + "records/commitments/csp-2023-human-rights-cooperation");
        await DebianChromium.ScreenshotAsync(page, "phone-record");

        var desk = await SignedInPageAsync(chromium, app, "admin", Desk);
        await desk.GotoAsync(app.BaseAddress.ToString());
        Assert.True(await desk.Locator("#site-nav").IsVisibleAsync(), "at 1440 px the navigation is always shown");
        Assert.False(await desk.GetByRole(AriaRole.Button, new() { Name = "Menu" }).IsVisibleAsync());
        await DebianChromium.ScreenshotAsync(desk, "desk-dashboard");
        await desk.GotoAsync(app.BaseAddress + "records/commitments/csp-2023-human-rights-cooperation");
        await DebianChromium.ScreenshotAsync(desk, "desk-record");
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task An_unknown_address_or_record_gets_an_error_page_inside_the_layout_with_a_way_back(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        await using var chromium = await DebianChromium.LaunchAsync();
        var page = await SignedInPageAsync(chromium, app, "viewer", Phone);

        var response = await page.GotoAsync(app.BaseAddress + "no/such/page");
        Assert.Equal(404, response!.Status);
        Assert.Equal("Page not found", await page.Locator("main h1").InnerTextAsync());
        Assert.Equal(1, await page.Locator("header.site .brand").CountAsync());
        await DebianChromium.ScreenshotAsync(page, "phone-not-found");
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the dashboard" }).ClickAsync();
        Assert.Equal("What needs attention", await page.Locator("main h1").InnerTextAsync());

        Assert.Equal(404, (await page.GotoAsync(app.BaseAddress + "records/no-such-kind"))!.Status);
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "Back to the dashboard" }).CountAsync());
        // The API keeps its own answers: no HTML page for a machine.
        var api = await page.APIRequest.GetAsync(app.BaseAddress + "api/v1/no-such-thing");
        Assert.Equal(404, api.Status);
        Assert.DoesNotContain("<html", await api.TextAsync());
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_viewer_sees_no_edit_delete_or_import_and_an_editor_no_admin_pages(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        await using var chromium = await DebianChromium.LaunchAsync();
        const string record = "records/commitments/csp-2023-human-rights-cooperation";

        var viewer = await SignedInPageAsync(chromium, app, "viewer", Desk);
        await viewer.GotoAsync(app.BaseAddress + record);
        Assert.Equal(0, await viewer.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).CountAsync());
        Assert.Equal(0, await viewer.GetByRole(AriaRole.Link, new() { Name = "Delete", Exact = true }).CountAsync());
        await viewer.Locator("#site-nav summary", new() { HasText = "Records" }).ClickAsync();
        Assert.Equal(0, await viewer.Locator("#site-nav a[href='/import']").CountAsync());
        Assert.Equal(0, await viewer.Locator("#site-nav summary", new() { HasText = "Admin" }).CountAsync());
        await DebianChromium.ScreenshotAsync(viewer, "desk-viewer-record");

        var editor = await SignedInPageAsync(chromium, app, "editor", Desk);
        await editor.GotoAsync(app.BaseAddress + record);
        Assert.Equal(1, await editor.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).CountAsync());
        Assert.Equal(1, await editor.Locator("#site-nav a[href='/import']").CountAsync());
        Assert.Equal(0, await editor.Locator("#site-nav a[href='/accounts'], #site-nav a[href='/admin'], #site-nav a[href='/audit']").CountAsync());
        await editor.GotoAsync(app.BaseAddress + "admin");
        Assert.Equal("Not allowed", await editor.Locator("main h1").InnerTextAsync());

        var admin = await SignedInPageAsync(chromium, app, "admin", Desk);
        await admin.GotoAsync(app.BaseAddress.ToString());
        await admin.Locator("#site-nav summary", new() { HasText = "Admin" }).ClickAsync();
        await admin.Locator("#site-nav a[href='/admin']").ClickAsync();
        Assert.Contains(kind == StoreKind.Sqlite ? "SQLite" : "PostgreSQL", await admin.Locator("main").InnerTextAsync());
        // The store's schema is for the admin page, not the dashboard.
        await admin.GotoAsync(app.BaseAddress.ToString());
        Assert.DoesNotContain("schema", await admin.Locator("main").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task An_admin_adds_a_user_on_the_accounts_page_who_signs_in_and_is_shown_where_to_start(StoreKind kind)
    {
        await using var app = await SignedInApp.StartAsync(store: TempStore.Create(kind));
        await using var chromium = await DebianChromium.LaunchAsync();
        var admin = await SignedInPageAsync(chromium, app, "admin", Phone);

        await admin.GotoAsync(app.BaseAddress + "accounts");
        await admin.FillAsync("#new-user", "thu");
        await admin.SelectOptionAsync("#new-role", "editor");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add with a one-time password" }).ClickAsync();
        var password = (await admin.Locator("#one-time-password").InnerTextAsync()).Trim();
        Assert.NotEmpty(password);
        Assert.Equal(1, await admin.Locator("table.accounts th[scope=row]", new() { HasText = "thu" }).CountAsync());
        Assert.True(await OverflowAsync(admin) <= 0, $"the accounts page is wider than the phone: {await WidestAsync(admin)}");
        await DebianChromium.ScreenshotAsync(admin, "phone-accounts-added");

        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = Desk, Height = 900 } });
        context.SetDefaultTimeout(120_000);
        var thu = await context.NewPageAsync();
        await thu.GotoAsync(app.BaseAddress + "login");
        await thu.FillAsync("#UserName", "thu");
        await thu.FillAsync("#Password", password);
        await thu.ClickAsync("#signin");
        await thu.WaitForURLAsync(u => u.Contains("/account/password"));
        await thu.FillAsync("#Current", password);
        await thu.FillAsync("#New", "thu chooses a long passphrase");
        await thu.FillAsync("#Confirm", "thu chooses a long passphrase");
        await thu.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await thu.WaitForURLAsync(u => !u.Contains("/account/password"));

        // The first page a newcomer sees says where to start, until they say they have it.
        await thu.GotoAsync(app.BaseAddress.ToString());
        var tour = thu.Locator("section.tour");
        Assert.Equal("Start here", await tour.Locator("h2").InnerTextAsync());
        Assert.Equal(1, await tour.Locator("a[href='/briefings']").CountAsync());
        Assert.Equal(1, await tour.Locator("a[href='/analyses']").CountAsync());
        await DebianChromium.ScreenshotAsync(thu, "desk-first-start");
        await tour.GetByRole(AriaRole.Button).ClickAsync();
        await thu.GotoAsync(app.BaseAddress.ToString());
        Assert.Equal(0, await thu.Locator("section.tour").CountAsync());
    }
}
