using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parley.Features.Interchange;
using Parley.Store;

namespace Parley.Features.Import;

/// <summary>
/// The upload page: choose a file and the same options as `parley import`, see a preview of what would be added,
/// updated and rejected, then confirm. The upload waits in a private temporary folder between the two steps.
/// </summary>
[Authorize(Policy = "write")]
public sealed class UploadModel(ParleyDb db, Microsoft.Extensions.Localization.IStringLocalizer<Parley.Web.Text> text) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public IFormFile? MappingFile { get; set; }
    [BindProperty] public string Format { get; set; } = "";
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? UnderReview { get; set; }
    [BindProperty] public string Encoding { get; set; } = "";
    [BindProperty] public bool Update { get; set; }
    [BindProperty] public string? Token { get; set; }
    [BindProperty] public string? FileName { get; set; }

    public ImportResult? Result { get; private set; }
    public string? Error { get; private set; }
    public bool Done { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            Error = text["Import.NoFile"];
            return Page();
        }
        UploadStaging.RemoveExpired();
        Token = Guid.NewGuid().ToString("N");
        FileName = Path.GetFileName(Upload.FileName);
        var folder = UploadStaging.NewFolder(Token);
        await using (var target = UploadStaging.CreateFile(Path.Combine(folder, "upload")))
            await Upload.CopyToAsync(target, ct);
        if (MappingFile is { Length: > 0 })
        {
            await using var target = UploadStaging.CreateFile(Path.Combine(folder, "mapping.json"));
            await MappingFile.CopyToAsync(target, ct);
        }
        try { await RunAsync(dryRun: true, ct); }
        finally { if (Result is not { Succeeded: true }) Discard(); }
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        UploadStaging.RemoveExpired();
        if (Folder() is not { } folder || !System.IO.File.Exists(Path.Combine(folder, "upload")))
        {
            Error = text["Import.Expired"];
            return Page();
        }
        db.Actor = User.Identity?.Name is { Length: > 0 } name ? $"web:{name}" : "web";
        db.Origin = "web import";
        try { await RunAsync(dryRun: false, ct); }
        finally { Discard(); }
        Done = Result is { Succeeded: true };
        return Page();
    }

    private async Task RunAsync(bool dryRun, CancellationToken ct)
    {
        var folder = Folder()!;
        try
        {
            var mappingPath = Path.Combine(folder, "mapping.json");
            var request = new ImportRequest(
                FileName ?? "upload",
                Format switch
                {
                    "json" => ImportFormat.Json, "upr-csv" => ImportFormat.UprCsv, "upr-matrix" => ImportFormat.UprMatrix, "uhri" => ImportFormat.Uhri,
                    "csv" => ImportFormat.Csv, _ => null,
                },
                string.IsNullOrWhiteSpace(Kind) ? null : Kind,
                dryRun,
                Update,
                System.IO.File.Exists(mappingPath) ? ImportMapping.Read(mappingPath) : null,
                string.IsNullOrEmpty(Encoding) ? null : TextDecoding.Named(Encoding) ?? throw new UserError($"unknown encoding '{Encoding}'"))
            {
                UnderReview = string.IsNullOrWhiteSpace(UnderReview) ? null : UnderReview.Trim(),
            };
            await using var stream = System.IO.File.OpenRead(Path.Combine(folder, "upload"));
            Result = await FileImporter.ImportAsync(db, stream, request, ImportProgress.None, ct);
        }
        catch (UserError e)
        {
            Error = e.Message;
        }
    }

    /// <summary>The staging folder of this upload; null for a token that is not one this page made.</summary>
    private string? Folder() =>
        Token is { Length: 32 } token && token.All(char.IsAsciiHexDigitLower) ? Path.Combine(UploadStaging.Uploads, token) : null;

    private void Discard()
    {
        if (Folder() is { } folder) UploadStaging.Remove(folder);
    }
}
