namespace Parley.Tests.Features.Accounts;

/// <summary>
/// Who may do what, route by route: for every route the app maps (keyed "METHOD /pattern", a named page handler as
/// "?handler=name"), a request with sample values and the answer each caller must get. Pages are called with the
/// sign-in cookie, the API with personal access tokens; "revoked" is an admin's token that was revoked.
/// A route the app maps without a rule here fails <see cref="AccessMatrixTests"/>, and so does a rule for a route
/// the app no longer maps.
/// </summary>
public static class AccessRules
{
    /// <summary>"CaseViewer" is a viewer an admin granted case access; the plain viewer has none.</summary>
    public enum Caller { Anonymous, Viewer, CaseViewer, Editor, Admin, Revoked }

    /// <summary>How the request carries its body.</summary>
    public enum Body
    {
        None,
        /// <summary>A page form with the caller's anti-forgery token and no fields.</summary>
        Form,
        /// <summary>The same form without the anti-forgery token, as a page on another site would send it.</summary>
        FormWithoutToken,
        /// <summary>POST a copy of the kind's sample record under the key "{sample}-access-{caller}".</summary>
        CopyOfSample,
        /// <summary>PUT the sample record back unchanged, with If-Match from a fresh GET.</summary>
        SampleWithETag,
        /// <summary>A small JSON body for a POST that only reads (the framing check).</summary>
        FramingText,
    }

    /// <summary>A status, and for a redirect the path it must point at (the login page or the access-denied page).</summary>
    public sealed record Answer(int Status, string? RedirectTo = null)
    {
        public override string ToString() => RedirectTo is null ? Status.ToString() : $"{Status} → {RedirectTo}";
    }

    /// <summary>
    /// One request and its expected answers. "{caller}" in <paramref name="Path"/> becomes the caller's name.
    /// <paramref name="CaseViewer"/> null: the viewer with case access is answered as the viewer is.
    /// </summary>
    public sealed record Rule(string Route, string Path, Body Body, Answer Anonymous, Answer Viewer, Answer Editor, Answer Admin, Answer Revoked,
        Answer? CaseViewer = null)
    {
        public Answer For(Caller caller) => caller switch
        {
            Caller.Anonymous => Anonymous, Caller.Viewer => Viewer, Caller.CaseViewer => CaseViewer ?? Viewer,
            Caller.Editor => Editor, Caller.Admin => Admin, _ => Revoked,
        };

        public string Method => Route[..Route.IndexOf(' ')];
    }

    private static readonly Answer Ok = new(200), Created = new(201), NoContent = new(204), BadRequest = new(400),
        Unauthorized = new(401), Forbidden = new(403);
    private static readonly Answer ToLogin = new(302, "/login"), ToDenied = new(302, "/denied"), ToHome = new(302, "/"), NotFound = new(404);

    private static Rule Public(string route, string path) => new(route, path, Body.None, Ok, Ok, Ok, Ok, Ok);

    /// <summary>A page any signed-in user may open; a revoked token is refused outright (bearer challenge).</summary>
    private static Rule Page(string route, string path, Body body = Body.None) => new(route, path, body, ToLogin, Ok, Ok, Ok, Unauthorized);

    private static Rule WritePage(string route, string path, Answer success, Body body = Body.None) =>
        new(route, path, body, ToLogin, ToDenied, success, success, Unauthorized);

    private static Rule AdminPage(string route, string path, Answer? success = null, Body body = Body.None) =>
        new(route, path, body, ToLogin, ToDenied, ToDenied, success ?? Ok, Unauthorized);

    /// <summary>A case page: viewers without case access are sent to the access-denied page.</summary>
    private static Rule CasePage(string route, string path) => Page(route, path) with { Viewer = ToDenied, CaseViewer = Ok };

    /// <summary>A case read in the API: forbidden to viewers without case access.</summary>
    private static Rule CaseApi(string route, string path) => Api(route, path) with { Viewer = Forbidden, CaseViewer = Ok };

    private static Rule Api(string route, string path, Body body = Body.None) => new(route, path, body, Unauthorized, Ok, Ok, Ok, Unauthorized);

    private static Rule ApiWrite(string route, string path, Answer success, Body body) =>
        new(route, path, body, Unauthorized, Forbidden, success, success, Unauthorized);

    /// <summary>A bundled record of every API kind: read, copied, updated in place; its copies are what gets deleted.</summary>
    public static readonly IReadOnlyDictionary<string, string> SampleKeys = new Dictionary<string, string>
    {
        ["parties"] = "vn", ["issue-areas"] = "anti-corruption", ["institutions"] = "us-aba", ["channels"] = "human-rights",
        ["rounds"] = "human-rights-next", ["recommendations"] = "rec-detailed-action-plans",
        ["commitments"] = "csp-2023-human-rights-cooperation", ["cases"] = "hoang-thi-minh-hong",
        ["legal-instruments"] = "vn-constitution", ["provisions"] = "vn-cc-art-109", ["programmes"] = "aba-rule-of-law-vietnam",
        ["frameworks"] = "csp-2023", ["statements"] = "biden-why-america-must-lead-again-2020", ["sources"] = "biden-2020-foreign-affairs",
        ["lexicon"] = "framing-authoritarianism-en", ["risk-assessments"] = "risk-economic-rights-2024", ["treaty-statuses"] = "vn-iccpr",
    };

    /// <summary>The party records the page delete and edit rows work on, one per caller, made before the matrix runs.</summary>
    public const string PageCopyPrefix = "access-page-";

    /// <summary>In the order they run: rows that change or remove data come after the rows that read it; signing out is last.</summary>
    public static IEnumerable<Rule> All()
    {
        yield return Public("GET /health", "/health");
        yield return Public("GET /login", "/login");
        // An empty sign-in form is shown again with its errors, whoever sends it.
        yield return new("POST /login", "/login", Body.Form, Ok, Ok, Ok, Ok, Ok);
        // The access-denied page is public and says so with its status.
        yield return new("GET /denied", "/denied", Body.None, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden);
        yield return Public("GET /logout", "/logout");
        yield return Page("GET /account/password", "/account/password");
        // An empty change-password form is shown again with its errors.
        yield return Page("POST /account/password", "/account/password", Body.Form);

        // Forms without the anti-forgery token: refused (400) once authorization has let the caller through. Sent before
        // the rows that change data, and not for /login, whose attempts are rate limited per address.
        yield return new("POST /logout", "/logout", Body.FormWithoutToken, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest);
        yield return Page("POST /account/password", "/account/password", Body.FormWithoutToken) with { Viewer = BadRequest, Editor = BadRequest, Admin = BadRequest };
        yield return Page("POST /analyses/framing", "/analyses/framing", Body.FormWithoutToken) with { Viewer = BadRequest, Editor = BadRequest, Admin = BadRequest };
        yield return WritePage("POST /records/{kind}/new", "/records/parties/new", BadRequest, Body.FormWithoutToken);
        yield return WritePage("POST /records/{kind}/{key}/edit", "/records/parties/" + PageCopyPrefix + "{caller}/edit", BadRequest, Body.FormWithoutToken);
        yield return WritePage("POST /records/{kind}/{key}/delete", "/records/parties/" + PageCopyPrefix + "{caller}/delete", BadRequest, Body.FormWithoutToken);
        yield return WritePage("POST /import?handler=preview", "/import?handler=preview", BadRequest, Body.FormWithoutToken);
        yield return Page("GET /asks", "/asks");
        // The asks page reads for everyone; its forms refuse a request without the form's token before anything else.
        yield return WritePage("POST /asks?handler=decide", "/asks?handler=decide", BadRequest, Body.FormWithoutToken) with { Viewer = BadRequest };
        yield return WritePage("POST /asks?handler=record", "/asks?handler=record", BadRequest, Body.FormWithoutToken) with { Viewer = BadRequest };
        yield return WritePage("POST /import?handler=confirm", "/import?handler=confirm", BadRequest, Body.FormWithoutToken);
        yield return AdminPage("POST /accounts?handler=cases", "/accounts?handler=cases", BadRequest, Body.FormWithoutToken);
        yield return AdminPage("POST /accounts?handler=add", "/accounts?handler=add", BadRequest, Body.FormWithoutToken);
        yield return AdminPage("POST /accounts?handler=role", "/accounts?handler=role", BadRequest, Body.FormWithoutToken);
        yield return AdminPage("POST /accounts?handler=disable", "/accounts?handler=disable", BadRequest, Body.FormWithoutToken);
        yield return AdminPage("POST /accounts?handler=reset", "/accounts?handler=reset", BadRequest, Body.FormWithoutToken);
        yield return AdminPage("POST /accounts?handler=delete", "/accounts?handler=delete", BadRequest, Body.FormWithoutToken);
        yield return AdminPage("POST /accounts?handler=endsession", "/accounts?handler=endSession", BadRequest, Body.FormWithoutToken);
        yield return AdminPage("POST /accounts?handler=revoketoken", "/accounts?handler=revokeToken", BadRequest, Body.FormWithoutToken);
        yield return WritePage("POST /import/mapping", "/import/mapping", BadRequest, Body.FormWithoutToken);
        yield return WritePage("POST /records/recommendations/{key}/themes", "/records/recommendations/rec-detailed-action-plans/themes", BadRequest, Body.FormWithoutToken);

        yield return Page("GET /", "/");
        yield return Page("GET /api", "/api");
        yield return new("GET /openapi/{documentName}.json", "/openapi/v1.json", Body.None, Unauthorized, Ok, Ok, Ok, Unauthorized);
        yield return Page("GET /powers", "/powers");
        yield return Page("GET /timeline", "/timeline");
        yield return Page("GET /search", "/search?q=hoang");
        yield return Page("GET /briefings", "/briefings?channel=human-rights&round=human-rights-next");
        yield return Page("GET /parties/{key}/upr", "/parties/vn/upr");
        yield return Page("GET /analyses", "/analyses");
        foreach (var analysis in new[] { "coverage", "enforceability", "cascade", "legal", "risk", "framing", "treaties", "law-changes" })
            yield return Page($"GET /analyses/{analysis}", $"/analyses/{analysis}");
        yield return Page("POST /analyses/framing", "/analyses/framing", Body.Form);

        yield return Page("GET /records/{kind}", "/records/parties");
        foreach (var handler in new[] { "csv", "xlsx", "lookup" })
            yield return Page($"GET /records/{{kind}}?handler={handler}", $"/records/parties?handler={handler}");
        yield return CasePage("GET /records/{kind}", "/records/cases");
        // Saved views: any signed-in user keeps their own; an empty form is sent back to the list with a message.
        yield return Page("POST /records/{kind}?handler=saveview", "/records/parties?handler=saveView", Body.Form) with { Viewer = new Answer(302, "/records/parties"), Editor = new Answer(302, "/records/parties"), Admin = new Answer(302, "/records/parties") };
        yield return Page("POST /records/{kind}?handler=deleteview", "/records/parties?handler=deleteView", Body.Form) with { Viewer = new Answer(302, "/records/parties"), Editor = new Answer(302, "/records/parties"), Admin = new Answer(302, "/records/parties") };
        yield return Page("GET /records/{kind}/{key}", "/records/parties/vn");
        yield return CasePage("GET /records/{kind}/{key}", "/records/cases/hoang-thi-minh-hong");
        yield return WritePage("GET /records/{kind}/new", "/records/parties/new", Ok);
        // An empty new-record form is shown again with what is missing (422): authorization let the editor through.
        yield return WritePage("POST /records/{kind}/new", "/records/parties/new", new Answer(422), Body.Form);
        yield return WritePage("GET /records/{kind}/{key}/edit", "/records/parties/vn/edit", Ok);
        // An edit form without the record's version is refused as a bad request, after authorization.
        yield return WritePage("POST /records/{kind}/{key}/edit", "/records/parties/" + PageCopyPrefix + "{caller}/edit", BadRequest, Body.Form);
        yield return WritePage("GET /records/{kind}/{key}/delete", "/records/parties/vn/delete", Ok);
        yield return WritePage("POST /records/{kind}/{key}/delete", "/records/parties/" + PageCopyPrefix + "{caller}/delete",
            new Answer(302, "/records/parties"), Body.Form);

        yield return WritePage("GET /import", "/import", Ok);
        // Without a file, both steps answer with the form and what is missing.
        yield return WritePage("POST /import?handler=preview", "/import?handler=preview", Ok, Body.Form);
        yield return WritePage("POST /import?handler=confirm", "/import?handler=confirm", Ok, Body.Form);
        yield return WritePage("GET /import/mapping", "/import/mapping", Ok);
        // An empty mapping form is shown again with what is missing (422), after authorization.
        yield return WritePage("POST /import/mapping", "/import/mapping", new Answer(422), Body.Form);
        yield return AdminPage("GET /audit", "/audit");
        yield return AdminPage("GET /accounts", "/accounts");
        yield return AdminPage("GET /admin", "/admin");
        yield return AdminPage("POST /accounts?handler=signout", "/accounts?handler=signOut", new Answer(302, "/accounts"), Body.Form);
        // The language switch is open to anyone (the sign-in page has it too) and sends the reader back home when no page is named.
        yield return Public("GET /language", "/language");
        yield return new("POST /language", "/language", Body.Form, ToHome, ToHome, ToHome, ToHome, ToHome);
        // The error page says what its address says, to anyone, in the layout.
        yield return new("GET /error/{code:int}", "/error/404", Body.None, NotFound, NotFound, NotFound, NotFound, NotFound);
        yield return new("POST /error/{code:int}", "/error/404", Body.FormWithoutToken, NotFound, NotFound, NotFound, NotFound, NotFound);
        // Hiding the dashboard's first steps is for a signed-in reader.
        yield return Page("POST /?handler=tourdone", "/?handler=tourDone", Body.Form) with { Viewer = ToHome, Editor = ToHome, Admin = ToHome };
        // Without a user named, the admin is sent back to the list with a message; nothing changes.
        yield return AdminPage("POST /accounts?handler=cases", "/accounts?handler=cases", new Answer(302, "/accounts"), Body.Form);
        yield return AdminPage("POST /accounts?handler=add", "/accounts?handler=add", new Answer(302, "/accounts"), Body.Form);
        yield return AdminPage("POST /accounts?handler=role", "/accounts?handler=role", new Answer(302, "/accounts"), Body.Form);
        yield return AdminPage("POST /accounts?handler=disable", "/accounts?handler=disable", new Answer(302, "/accounts"), Body.Form);
        yield return AdminPage("POST /accounts?handler=reset", "/accounts?handler=reset", new Answer(302, "/accounts"), Body.Form);
        yield return AdminPage("POST /accounts?handler=delete", "/accounts?handler=delete", new Answer(302, "/accounts"), Body.Form);
        yield return AdminPage("POST /accounts?handler=endsession", "/accounts?handler=endSession", new Answer(302, "/accounts"), Body.Form);
        yield return AdminPage("POST /accounts?handler=revoketoken", "/accounts?handler=revokeToken", new Answer(302, "/accounts"), Body.Form);

        yield return Api("GET /api/v1/search", "/api/v1/search?q=hoang");
        yield return Api("GET /api/v1/parties/{key}/upr", "/api/v1/parties/vn/upr");
        yield return Api("GET /api/v1/analyses/coverage", "/api/v1/analyses/coverage?channel=human-rights&round=human-rights-next");
        yield return Api("GET /api/v1/analyses/enforceability", "/api/v1/analyses/enforceability");
        yield return Api("GET /api/v1/analyses/cascade", "/api/v1/analyses/cascade?framework=tpp&party=us");
        yield return Api("GET /api/v1/analyses/leverage", "/api/v1/analyses/leverage?issueArea=torture");
        yield return Api("GET /api/v1/analyses/risk", "/api/v1/analyses/risk");
        yield return Api("GET /api/v1/analyses/legal", "/api/v1/analyses/legal");
        yield return Api("GET /api/v1/analyses/treaties", "/api/v1/analyses/treaties?party=vn");
        yield return Api("GET /api/v1/analyses/law-changes", "/api/v1/analyses/law-changes?channel=human-rights");
        yield return Api("GET /api/v1/asks", "/api/v1/asks?round=human-rights-next");
        yield return ApiWrite("POST /api/v1/asks/decisions", "/api/v1/asks/decisions", BadRequest, Body.None);
        yield return ApiWrite("POST /api/v1/asks/commitments", "/api/v1/asks/commitments", BadRequest, Body.None);
        yield return Api("POST /api/v1/analyses/framing", "/api/v1/analyses/framing", Body.FramingText);
        yield return new("GET /api/v1/audit", "/api/v1/audit", Body.None, Unauthorized, Forbidden, Forbidden, Ok, Unauthorized);

        foreach (var (kind, key) in SampleKeys)
        {
            var root = $"/api/v1/{kind}";
            Func<string, string, Rule> read = kind == "cases" ? CaseApi : (route, path) => Api(route, path);
            yield return read($"GET {root}", root);
            yield return read($"GET {root}/{{key}}", $"{root}/{key}");
            yield return read($"GET {root}/{{key}}/history", $"{root}/{key}/history");
            yield return ApiWrite($"POST {root}", root, Created, Body.CopyOfSample);
            yield return ApiWrite($"PUT {root}/{{key}}", $"{root}/{key}", Ok, Body.SampleWithETag);
            // Each caller deletes the copy it made; callers refused the copy are refused the delete before the lookup.
            yield return ApiWrite($"DELETE {root}/{{key}}", $"{root}/{key}-access-{{caller}}", NoContent, Body.None);
        }

        // Theme suggestions: a decision without a label is refused (400) once the caller may decide at all.
        yield return WritePage("GET /records/recommendations/{key}/themes", "/records/recommendations/rec-detailed-action-plans/themes",
            new Answer(302, "/records/recommendations/rec-detailed-action-plans"));
        yield return WritePage("POST /records/recommendations/{key}/themes", "/records/recommendations/rec-detailed-action-plans/themes", BadRequest, Body.Form);
        yield return Api("GET /api/v1/recommendations/{key}/themes", "/api/v1/recommendations/rec-detailed-action-plans/themes");
        yield return ApiWrite("POST /api/v1/recommendations/{key}/themes/confirm", "/api/v1/recommendations/rec-detailed-action-plans/themes/confirm", BadRequest, Body.None);
        yield return ApiWrite("POST /api/v1/recommendations/{key}/themes/reject", "/api/v1/recommendations/rec-detailed-action-plans/themes/reject", BadRequest, Body.None);

        // Follow-up: everyone who reads sees what is due and the reports; only editors and admins assign and report,
        // refused on the server (a viewer's post to a follow-up's page goes to the access-denied page).
        var notFound = new Answer(404);
        yield return Page("GET /follow-up", "/follow-up");
        yield return Page("GET /follow-up/mid-term", "/follow-up/mid-term?party=vn&cycle=1");
        yield return WritePage("GET /follow-up/assign", "/follow-up/assign", Ok);
        yield return WritePage("POST /follow-up/assign", "/follow-up/assign", BadRequest, Body.FormWithoutToken);
        yield return WritePage("POST /follow-up/assign", "/follow-up/assign", new Answer(422), Body.Form);
        yield return new("GET /follow-up/assignments/{assignment}", "/follow-up/assignments/none", Body.None, ToLogin, notFound, notFound, notFound, Unauthorized);
        foreach (var handler in new[] { "action", "indicator", "person", "report", "review", "removeevidence", "attachevidence" })
            yield return new($"POST /follow-up/assignments/{{assignment}}?handler={handler}", $"/follow-up/assignments/none?handler={handler}", Body.Form,
                ToLogin, ToDenied, notFound, notFound, Unauthorized);
        // A report's evidence file: every reader may download it (this one does not exist), like the page it is listed on.
        yield return new("GET /follow-up/evidence/{id:int}", "/follow-up/evidence/999999", Body.None, ToLogin, notFound, notFound, notFound, Unauthorized);
        yield return Page("GET /follow-up/progress", "/follow-up/progress");
        yield return Api("GET /api/v1/follow-up/progress", "/api/v1/follow-up/progress");
        yield return Page("GET /follow-up/since-last-round", "/follow-up/since-last-round?channel=human-rights");
        yield return WritePage("GET /follow-up/narrative", "/follow-up/narrative?report=mid-term&party=vn&cycle=1", Ok);
        yield return WritePage("POST /follow-up/narrative", "/follow-up/narrative?report=mid-term&party=vn&cycle=1", BadRequest, Body.FormWithoutToken);
        // Notifications and the calendar address are each person's own: every signed-in reader manages theirs.
        yield return Page("GET /follow-up/notifications", "/follow-up/notifications");
        foreach (var handler in new[] { "calendar", "read", "readall", "revoke", "settings" })
            yield return Page($"POST /follow-up/notifications?handler={handler}", $"/follow-up/notifications?handler={handler}", Body.FormWithoutToken)
                with { Viewer = BadRequest, Editor = BadRequest, Admin = BadRequest };
        // The calendar is read by calendar programs without signing in: the secret in the address is the key.
        yield return new("GET /follow-up/calendar/{secret}", "/follow-up/calendar/none.ics", Body.None, notFound, notFound, notFound, notFound, notFound);
        yield return Page("GET /charts", "/charts");
        yield return Api("GET /api/v1/follow-up/assignments", "/api/v1/follow-up/assignments");
        yield return new("GET /api/v1/follow-up/assignments/{assignment}", "/api/v1/follow-up/assignments/none", Body.None, Unauthorized, notFound, notFound, notFound, Unauthorized);
        yield return Api("GET /api/v1/follow-up/due", "/api/v1/follow-up/due?within=60");
        yield return ApiWrite("POST /api/v1/follow-up/assignments", "/api/v1/follow-up/assignments", BadRequest, Body.None);
        foreach (var part in new[] { "people", "actions", "indicators", "reports" })
            yield return ApiWrite($"POST /api/v1/follow-up/assignments/{{assignment}}/{part}", $"/api/v1/follow-up/assignments/none/{part}", BadRequest, Body.None);
        yield return ApiWrite("POST /api/v1/follow-up/assignments/{assignment}/reports/{number}/review", "/api/v1/follow-up/assignments/none/reports/1/review", notFound, Body.None);

        // Notifications: each reader manages their own; an empty choice is refused as a bad request.
        yield return Api("GET /api/v1/notifications", "/api/v1/notifications");
        yield return new("POST /api/v1/notifications/{id:int}/read", "/api/v1/notifications/999999/read", Body.None, Unauthorized, notFound, notFound, notFound, Unauthorized);
        yield return new("POST /api/v1/notifications/settings", "/api/v1/notifications/settings", Body.None, Unauthorized, BadRequest, BadRequest, BadRequest, Unauthorized);

        // Signing out ends the caller's session, so nothing may come after it.
        yield return new("POST /logout", "/logout", Body.Form, ToLogin, ToLogin, ToLogin, ToLogin, ToLogin);
    }
}
