using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parley.Store;

namespace Parley.Features.Accounts;

/// <summary>
/// What the reader of this request may see: the one place that decides it. A reader with case access
/// (<see cref="CaseAccess.Allowed"/>) sees everything; any other has every case name withheld (<see cref="Withholding"/>)
/// from every page and every API answer. Pages and endpoints do not call it for that: <see cref="AddReaderView"/> puts
/// it after every page handler (on the page's results) and <see cref="WithheldFromReaders"/> after every endpoint (on
/// its answer). Code that must withhold before it renders (search snippets before highlighting, a PDF before layout,
/// a list's words before filtering) asks it for <see cref="WithholdingAsync"/>.
/// </summary>
public sealed class ReaderView(ParleyDb db, IHttpContextAccessor http)
{
    private Withholding? _withholding;

    public bool SeesCases => http.HttpContext?.User is { } user && CaseAccess.Allowed(user);

    /// <summary><see cref="Withholding.None"/> for a reader with case access, else the store's names.</summary>
    public async Task<Withholding> WithholdingAsync(CancellationToken ct) =>
        SeesCases ? Withholding.None : _withholding ??= await CaseNames.OfAsync(db, ct);

    /// <summary>The value as this reader may see it (a withheld copy, or the value itself).</summary>
    public async Task<T> SeeAsync<T>(T value, CancellationToken ct) => (await WithholdingAsync(ct)).Apply(value);

    /// <summary>Registers the view and the page filter that passes every page's results through it.</summary>
    public static void AddReaderView(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ReaderView>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add<PageResults>());
    }

    /// <summary>Every endpoint mapped on <paramref name="endpoints"/> answers through the reader's view.</summary>
    public static RouteGroupBuilder WithheldFromReaders(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("");
        group.AddEndpointFilter(async (context, next) =>
        {
            var answer = await next(context);
            var reader = context.HttpContext.RequestServices.GetRequiredService<ReaderView>();
            if (answer is null || reader.SeesCases) return answer;
            var withholding = await reader.WithholdingAsync(context.HttpContext.RequestAborted);
            return answer is IResult result ? Answer(result, withholding) : withholding.Apply(answer);
        });
        return group;
    }

    /// <summary>A JSON answer again with its value withheld; files, redirects and problems as they are.</summary>
    private static IResult Answer(IResult result, Withholding withholding)
    {
        // A typed union (Results<Ok<T>, NotFound>) holds the answer it gives: that one is withheld.
        if (result is INestedHttpResult nested) return Answer(nested.Result, withholding);
        var type = result.GetType();
        if (result is IValueHttpResult { Value: Microsoft.AspNetCore.Mvc.ProblemDetails problem }) return Results.Problem(Problem(problem, withholding));
        if (result is not IValueHttpResult { Value: { } value } || !type.IsGenericType) return result;
        var seen = withholding.Apply(value);
        if (ReferenceEquals(seen, value)) return result;
        var generic = type.GetGenericTypeDefinition();
        if (generic == typeof(Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<>))
        {
            var options = (System.Text.Json.JsonSerializerOptions?)type.GetProperty("JsonSerializerOptions")!.GetValue(result);
            var status = (int?)type.GetProperty("StatusCode")!.GetValue(result);
            var contentType = (string?)type.GetProperty("ContentType")!.GetValue(result);
            return Results.Json(seen, options, contentType, status);
        }
        if (generic == typeof(Microsoft.AspNetCore.Http.HttpResults.Ok<>)) return TypedResults.Ok(seen);
        // An answer of another shape would reach the reader unwithheld: refuse it rather than leak.
        throw new InvalidOperationException($"{type.Name} cannot be withheld from a reader without case access");
    }

    /// <summary>A problem's text can quote records (a list of known channels, say): withheld like any answer.</summary>
    private static Microsoft.AspNetCore.Mvc.ProblemDetails Problem(Microsoft.AspNetCore.Mvc.ProblemDetails problem, Withholding withholding)
    {
        var copy = problem is HttpValidationProblemDetails invalid
            ? new HttpValidationProblemDetails(invalid.Errors.ToDictionary(e => e.Key, e => e.Value.Select(withholding.Text).ToArray()))
            : new Microsoft.AspNetCore.Mvc.ProblemDetails();
        copy.Type = problem.Type;
        copy.Status = problem.Status;
        copy.Instance = problem.Instance;
        copy.Title = problem.Title is null ? null : withholding.Text(problem.Title);
        copy.Detail = problem.Detail is null ? null : withholding.Text(problem.Detail);
        foreach (var (name, value) in problem.Extensions) copy.Extensions[name] = value is string text ? withholding.Text(text) : value;
        return copy;
    }

    /// <summary>After a page's handler: each result property of the page as the reader may see it (not the reader's own input).</summary>
    private sealed class PageResults(ReaderView reader) : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            var executed = await next();
            if (executed.HandlerInstance is not PageModel page || reader.SeesCases) return;
            var withholding = await reader.WithholdingAsync(context.HttpContext.RequestAborted);
            foreach (var property in Results(page.GetType()))
            {
                var value = property.GetValue(page);
                var seen = withholding.Apply(value);
                if (!ReferenceEquals(seen, value)) property.SetValue(page, seen);
            }
        }

        private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, System.Reflection.PropertyInfo[]> Properties = new();

        private static System.Reflection.PropertyInfo[] Results(Type type) => Properties.GetOrAdd(type, t =>
            [.. t.GetProperties(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public)
                .Where(p => p.DeclaringType != typeof(PageModel) && p.GetIndexParameters().Length == 0 && p.GetSetMethod(nonPublic: true) is not null)
                .Where(p => !p.GetCustomAttributes(inherit: true).Any(a => a is IBindingSourceMetadata or IModelNameProvider or Microsoft.AspNetCore.Mvc.TempDataAttribute))]);
    }
}
