using Parley.Tests.Support;

namespace Parley.Tests.Features.Api;

/// <summary>One running app shared by the tests of a class: starting one takes a second or two.</summary>
public sealed class ApiAppFixture : IAsyncLifetime
{
    public SignedInApp App { get; private set; } = null!;

    public async Task InitializeAsync() => App = await SignedInApp.StartAsync();

    public async Task DisposeAsync() => await App.DisposeAsync();
}
