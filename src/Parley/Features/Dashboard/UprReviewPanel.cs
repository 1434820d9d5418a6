using Microsoft.AspNetCore.Mvc;
using Parley.Store;

namespace Parley.Features.Dashboard;

/// <summary>The dashboard panel "UN review recommendations", kept apart from the page's other sections.</summary>
public sealed class UprReviewPanel(ParleyDb db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("~/Features/Dashboard/UprReviewPanel.cshtml", await UprReview.OfAsync(db, HttpContext.RequestAborted));
}
