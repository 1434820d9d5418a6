using Microsoft.Playwright;
using Parley.Tests.Support;

namespace Parley.Tests.Browser;

/// <summary>The asks page in real headless Chromium: an editor accepts an ask and finds it on the round's agenda; a viewer gets no control to decide.</summary>
public class AsksPageTests
{
    [Fact]
    public async Task An_editor_accepts_an_ask_and_it_goes_on_the_agenda_while_a_viewer_sees_no_accept_control()
    {
        await using var app = await SignedInApp.StartAsync();
        await using var chromium = await DebianChromium.LaunchAsync();
        var url = app.App.Urls.First().TrimEnd('/');

        var editor = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await app.SignInAsync(editor, "editor");
        await editor.GotoAsync(url + "/asks?round=human-rights-next");
        var invite = editor.Locator("section.ask").Filter(new() { HasText = "Ministry of Public Security (MPS) in the delegation" }).First;
        await invite.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await editor.WaitForSelectorAsync("[role=status]");
        var accepted = editor.Locator("section.ask").Filter(new() { HasText = "Ministry of Public Security (MPS) in the delegation" }).First;
        Assert.Contains("Accepted: Include officials of the Ministry of Public Security (MPS) in the delegation", await accepted.InnerTextAsync());
        await DebianChromium.ScreenshotAsync(editor, "asks-accepted");
        // The accepted ask is on the round's agenda, with the action as its note.
        await editor.GotoAsync(url + "/records/rounds/human-rights-next");
        Assert.Contains("Include officials of the Ministry of Public Security (MPS) in the delegation", await editor.InnerTextAsync("main"));

        var viewer = await chromium.Browser.NewPageAsync();
        await app.SignInAsync(viewer, "viewer");
        await viewer.GotoAsync(url + "/asks?round=human-rights-next");
        Assert.True(await viewer.Locator("section.ask").CountAsync() > 0);
        Assert.Equal(0, await viewer.GetByRole(AriaRole.Button, new() { Name = "Accept" }).CountAsync());
        Assert.Equal(0, await viewer.Locator("form.ask-decision").CountAsync());
        Assert.Contains("Accepted", await viewer.Locator("section.ask").Filter(new() { HasText = "Ministry of Public Security (MPS) in the delegation" }).First.InnerTextAsync());
    }
}
