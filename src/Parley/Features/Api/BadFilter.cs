namespace Parley.Features.Api;

/// <summary>A list request whose filter, sort or paging value cannot be used; answered as a problem naming the parameter.</summary>
internal sealed class BadFilter(string message) : Exception(message);
