using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parley.Analyses;
using Parley.Analyses.Framing;
using Parley.Store;

namespace Parley.Features.Analyses.Framing;

/// <summary>The statement framing page: paste a draft or upload a text file; the check runs on an anti-forgery POST.</summary>
public sealed class FramingModel(ParleyDb db, Microsoft.Extensions.Localization.IStringLocalizer<Parley.Web.Text> text) : PageModel
{
    private const long MaxUploadBytes = 1_000_000;

    [BindProperty] public string? Text { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Kind { get; set; }

    public FramingResult? Result { get; private set; }
    public string? Error { get; private set; }

    public void OnGet() { }

    /// <summary>The draft cut into plain runs and findings (with their category), to show the findings in place.</summary>
    public IEnumerable<(string Text, string? Category)> Marked()
    {
        var text = Text ?? "";
        var at = 0;
        foreach (var f in Result?.Findings ?? [])
        {
            if (f.Start > at) yield return (text[at..f.Start], null);
            yield return (text.Substring(f.Start, f.Length), Words.Of(f.Category));
            at = f.Start + f.Length;
        }
        if (at < text.Length) yield return (text[at..], null);
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        if (Upload is { Length: > 0 })
        {
            if (Upload.Length > MaxUploadBytes) { Error = text["Framing.TooLarge", Upload.FileName]; return; }
            using var reader = new StreamReader(Upload.OpenReadStream());
            Text = await reader.ReadToEndAsync(ct);
        }
        try
        {
            Result = await FramingQuery.RunAsync(db, Text ?? "", ct, FramingQuery.Kind(Kind, text["Framing.KindField"]), Accounts.CaseAccess.Allowed(User));
        }
        catch (UserError e) { Error = e.Message; }
    }
}
