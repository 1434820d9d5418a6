using Parley.Tests.Support;

namespace Parley.Tests.Features.Records;

/// <summary>A page offers only what the reader may do: a viewer sees no edit, delete, new or import controls.</summary>
public class ControlsByRoleTests
{
    [Fact]
    public async Task A_viewer_is_offered_no_edit_delete_new_or_import_and_an_editor_is()
    {
        await using var app = await SignedInApp.StartAsync();
        var viewer = await app.SignInAsync("viewer");
        var editor = await app.SignInAsync("editor");
        const string record = "/records/commitments/csp-2023-human-rights-cooperation";

        var viewerDetail = await viewer.GetStringAsync(record);
        var viewerList = await viewer.GetStringAsync("/records/commitments");
        var editorDetail = await editor.GetStringAsync(record);
        var editorList = await editor.GetStringAsync("/records/commitments");

        Assert.DoesNotContain($"href=\"{record}/edit\"", viewerDetail);
        Assert.DoesNotContain($"href=\"{record}/delete\"", viewerDetail);
        Assert.DoesNotContain("href=\"/records/commitments/new\"", viewerList);
        Assert.DoesNotContain("href=\"/import\"", viewerList);
        Assert.Contains($"href=\"{record}/edit\"", editorDetail);
        Assert.Contains($"href=\"{record}/delete\"", editorDetail);
        Assert.Contains("href=\"/records/commitments/new\"", editorList);
        Assert.Contains("href=\"/import\"", editorList);
    }
}
