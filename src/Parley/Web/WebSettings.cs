using Parley.Store;

namespace Parley.Web;

/// <summary>What the web application needs to start: the store and where to listen.</summary>
public sealed record WebSettings(StoreLocation Store, string Urls)
{
    /// <summary>Extra service registrations (tests register the policies a page needs).</summary>
    public Action<IServiceCollection>? Services { get; init; }
}
