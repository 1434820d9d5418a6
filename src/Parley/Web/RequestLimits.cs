using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;
using Parley.Features.Accounts;

namespace Parley.Web;

/// <summary>
/// Enforces <see cref="InputLimits"/> on requests and turns the requests the framework cannot read into answers a
/// person or a client can act on: problem details for the API, a short page for forms. A body over the limit is
/// refused by its declared length before anything reads it (413); a query parameter that is not a number is named
/// (400) instead of an empty 400, and so is a page past the furthest any list can go (<see cref="Paging"/>).
/// </summary>
public static partial class RequestLimits
{
    public const string UploadPath = "/import";

    public static WebApplicationBuilder AddRequestLimits(this WebApplicationBuilder builder, InputLimits limits)
    {
        builder.Services.AddSingleton(limits);
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = limits.UploadBytes);
        // A parameter that cannot be bound throws, so the answer below can name it.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return builder;
    }

    public static WebApplication UseRequestLimits(this WebApplication app, InputLimits limits)
    {
        app.Use(async (context, next) =>
        {
            var upload = IsUpload(context.Request);
            // A progress report's form may carry an evidence file: the file's limit on top of the form's.
            var limit = upload ? limits.UploadBytes : IsEvidence(context.Request) ? limits.RequestBytes + limits.EvidenceBytes : limits.RequestBytes;
            var size = context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature ? feature : null;
            if (size is not null) size.MaxRequestBodySize = limit;
            if (context.Request.ContentLength is { } length && length > limit)
            {
                // A client still sending when the answer comes and the connection closes sees a broken pipe, not the
                // answer; a body up to DrainBytes past the limit is read and dropped first so the answer arrives.
                if (length - limit <= DrainBytes && size is not null)
                {
                    size.MaxRequestBodySize = length;
                    await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
                }
                await TooLargeAsync(context, limit, upload);
                return;
            }
            if (Paging.Refusal(context.Request.Query) is (string parameter, string reason))
            {
                await RefuseAsync(context, StatusCodes.Status400BadRequest, "The request has invalid parameters", reason, parameter);
                return;
            }
            try
            {
                await next();
            }
            catch (BadHttpRequestException e) when (!context.Response.HasStarted && e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                await TooLargeAsync(context, limit, upload);
            }
            catch (InvalidDataException e) when (!context.Response.HasStarted && context.Request.HasFormContentType
                && e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
            {
                // The form reader's own limit, reached by a body sent without its length.
                await TooLargeAsync(context, limit, upload);
            }
            catch (BadHttpRequestException e) when (!context.Response.HasStarted && BindingFailure().Match(e.Message) is { Success: true } failure)
            {
                // [AsParameters] records name the property ("PageSize"); the query string has it camel-cased.
                var (name, value) = (System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(failure.Groups[2].Value), failure.Groups[3].Value);
                var type = failure.Groups[1].Value.Replace("Nullable<", "").TrimEnd('>', '?') is "int" or "long" or "Int32" or "Int64"
                    ? "a whole number" : "a value of the expected form";
                await RefuseAsync(context, StatusCodes.Status400BadRequest, "The request has invalid parameters", $"'{Shorten(value)}' is not {type}", name);
            }
            catch (BadHttpRequestException e) when (!context.Response.HasStarted)
            {
                // Any other request the framework cannot read keeps its status (a 400, not a 500), with the framework's reason.
                await RefuseAsync(context, e.StatusCode, "The request cannot be read", e.Message, null);
            }
        });
        return app;
    }

    /// <summary>How far past its limit a refused body is still read (and dropped) so that the client sees the answer.</summary>
    private const long DrainBytes = 64L * 1024 * 1024;

    private static bool IsUpload(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Equals(UploadPath, StringComparison.OrdinalIgnoreCase);

    private static bool IsEvidence(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/follow-up/assignments", StringComparison.OrdinalIgnoreCase);

    private static Task TooLargeAsync(HttpContext context, long limit, bool upload)
    {
        var message = upload
            ? $"The file is larger than {InputLimits.Size(limit)}, the most this server takes as an upload. Import it with `parley import FILE` "
              + $"(up to {InputLimits.Size(InputLimits.Current.ImportFileBytes)}), or ask the administrator to raise {InputLimits.UploadBytesVariable}."
            : $"The request is larger than {InputLimits.Size(limit)}, the most this server takes in one request "
              + $"(the administrator can raise {InputLimits.RequestBytesVariable}).";
        // Whatever of the body was not read stays unread; the client is told to open a new connection for the next request.
        context.Response.Headers.Connection = "close";
        return RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, upload ? "The file is too large" : "The request is too large", message, null);
    }

    internal static async Task RefuseAsync(HttpContext context, int status, string title, string message, string? parameter)
    {
        if (AccountsSetup.IsApi(context.Request))
        {
            var result = parameter is null
                ? Results.Problem(statusCode: status, title: title, detail: message)
                : Results.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [message] }, statusCode: status, title: title);
            await result.ExecuteAsync(context);
            return;
        }
        if (parameter is not null) message = $"{parameter}: {message}";
        var back = HtmlEncoder.Default.Encode(context.Request.Path.Value ?? "/");
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8" /><title>{HtmlEncoder.Default.Encode(title)} · Parley</title><link rel="stylesheet" href="/parley.css" /></head>
            <body><main id="main"><h1>{HtmlEncoder.Default.Encode(title)}</h1>
            <p class="problem" role="alert">{HtmlEncoder.Default.Encode(message)}</p>
            <p><a href="{back}">Back to {back}</a></p></main></body></html>
            """);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    [GeneratedRegex("^Failed to bind parameter \"(\\S+) ([^\"]+)\" from \"(.*)\"\\.?$", RegexOptions.Singleline)]
    private static partial Regex BindingFailure();
}
