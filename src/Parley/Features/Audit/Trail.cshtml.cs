using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parley.Features.Accounts;
using Parley.Features.Api;
using Parley.Store;

namespace Parley.Features.Audit;

/// <summary>/audit: the whole audit trail for admins, newest first, narrowed by kind, key and actor.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class TrailModel(ParleyDb db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Key { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(Name = "page", SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public HistoryView History { get; private set; } = new([]);
    public int Total { get; private set; }
    public int LastPage => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public IReadOnlyList<IApiKind> Kinds => ApiKinds.All;

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var entityName = string.IsNullOrWhiteSpace(Kind) ? null : ApiKinds.Find(Kind)?.EntityName ?? AuditEndpoints.AccountKind(Kind) ?? Kind;
        var (entries, total) = await AuditTrail.PageAsync(db, entityName, Key?.Trim(), Actor?.Trim(), PageNumber, PageSize, ct);
        (History, Total) = (new HistoryView(entries, ShowRecord: true), total);
    }

    /// <summary>The link to another page of the same filtered trail.</summary>
    public string PageLink(int page) => Url.Page("/Audit/Trail", new { Kind, Key, Actor, page })!;
}
