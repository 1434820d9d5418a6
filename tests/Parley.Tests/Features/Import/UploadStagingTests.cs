using System.Net;
using System.Text.RegularExpressions;
using Parley.Features.Import;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Import;

/// <summary>An upload waits for confirmation in a folder only the server's user can read, and is gone after the import or its expiry.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class UploadStagingTests
{
    private const string Upr = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\r" +
        "Viet Nam,Asia,ASEAN,Guarantee the independence of lawyers,Norway,WEOG,,Noted,5,Justice,5\r";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    [Fact]
    public async Task A_previewed_upload_is_private_to_the_server_and_removed_after_the_import()
    {
        await using var app = await SignedInApp.StartAsync();
        using var http = await app.SignInAsync("editor");

        var preview = await PreviewAsync(http);
        var token = Hidden(preview, "Token");
        var folder = Path.Combine(UploadStaging.Uploads, token);

        Assert.True(File.Exists(Path.Combine(folder, "upload")));
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(UploadStaging.Root));
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(UploadStaging.Uploads));
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(folder));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, "upload")));
        Assert.StartsWith(Path.GetTempPath(), UploadStaging.Root);
        Assert.NotEqual(Path.Combine(Path.GetTempPath(), "parley-uploads"), UploadStaging.Root); // not a name another user could plant
        // Request bodies the framework spools to disk go there too, not to the shared temporary folder.
        Assert.Equal(UploadStaging.Root, Environment.GetEnvironmentVariable("ASPNETCORE_TEMP"));

        var confirm = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(preview, "__RequestVerificationToken"),
            ["Token"] = token, ["FileName"] = Hidden(preview, "FileName"),
            ["Format"] = "", ["Kind"] = "", ["Encoding"] = "", ["Update"] = "false",
        });
        var done = await (await http.PostAsync("/import?handler=Confirm", confirm)).Content.ReadAsStringAsync();

        Assert.Contains("Imported of vn-upr.csv", done);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task A_preview_never_confirmed_is_removed_once_it_expires()
    {
        await using var app = await SignedInApp.StartAsync();
        using var http = await app.SignInAsync("editor");
        var folder = Path.Combine(UploadStaging.Uploads, Hidden(await PreviewAsync(http), "Token"));
        Assert.True(Directory.Exists(folder));

        Directory.SetLastWriteTimeUtc(folder, DateTime.UtcNow - UploadStaging.Expiry - TimeSpan.FromMinutes(1));
        var next = Path.Combine(UploadStaging.Uploads, Hidden(await PreviewAsync(http), "Token"));

        Assert.False(Directory.Exists(folder));
        Assert.True(Directory.Exists(next));
    }

    private static async Task<string> PreviewAsync(HttpClient http)
    {
        var form = await http.GetStringAsync("/import");
        using var body = new MultipartFormDataContent
        {
            { new StringContent(Hidden(form, "__RequestVerificationToken")), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Upr)), "Upload", "vn-upr.csv" },
            { new StringContent(""), "Format" },
        };
        var response = await http.PostAsync("/import?handler=Preview", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Hidden(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"").Groups[1].Value);
}
