namespace Parley.Features.Briefings.Rendering;

/// <summary>Tells a web address (http, https) from one a link must never follow (javascript:, data:, file:).</summary>
public static class WebAddress
{
    public static bool IsWeb(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
