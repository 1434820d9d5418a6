using Parley.Store;

namespace Parley.Web;

/// <summary>
/// What the web application needs to start: the store and where to listen. <paramref name="PublicRead"/> opens
/// anonymous read access to non-case records; null leaves it to PARLEY_PUBLIC_READ (default: closed).
/// <paramref name="Settings"/> are configuration values laid over appsettings and the environment
/// (such as "Parley:SessionIdleTimeout").
/// <paramref name="Limits"/> caps request and upload sizes; null takes them from the environment (<see cref="InputLimits.Current"/>).
/// </summary>
public sealed record WebSettings(StoreLocation Store, string Urls, bool? PublicRead = null,
    IReadOnlyDictionary<string, string?>? Settings = null, InputLimits? Limits = null);
