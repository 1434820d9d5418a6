using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parley.Analyses.Enforceability;
using Parley.Store;

namespace Parley.Features.Analyses.Enforceability;

/// <summary>The commitment enforceability page, optionally for one channel or party.</summary>
public sealed class EnforceabilityModel(ParleyDb db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Channel { get; set; }
    [BindProperty(SupportsGet = true)] public string? Party { get; set; }

    public EnforceabilityResult? Result { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        try { Result = await EnforceabilityQuery.RunAsync(db, Channel, Party, StoreClock.Today(), ct); }
        catch (UserError e) { Error = e.Message; }
    }
}
