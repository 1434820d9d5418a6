using Microsoft.AspNetCore.Identity;
using Parley.Store;

namespace Parley.Features.Accounts;

/// <summary>Identity's user and role managers over a store, for the CLI verbs and the first start (no web host needed).</summary>
public sealed class AccountStore : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    private AccountStore(StoreLocation location)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped<ParleyDb>(_ => ParleyStore.Open(location));
        services.AddParleyIdentity();
        _services = services.BuildServiceProvider();
        _scope = _services.CreateAsyncScope();
    }

    public ParleyDb Db => _scope.ServiceProvider.GetRequiredService<ParleyDb>();
    public UserManager<ParleyUser> Users => _scope.ServiceProvider.GetRequiredService<UserManager<ParleyUser>>();
    public RoleManager<IdentityRole> Roles => _scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();

    /// <summary>Opens the store (its schema must be current) with the roles in place.</summary>
    public static async Task<AccountStore> OpenAsync(StoreLocation location, CancellationToken ct = default)
    {
        if (await ParleyStore.IsMissingAsync(location, ct)) throw new UserError($"no store at {location.Display}; run 'parley init' first");
        var store = new AccountStore(location);
        await ParleyStore.MigrateAsync(store.Db, ct);
        await IdentitySetup.EnsureRolesAsync(store.Roles);
        return store;
    }

    /// <summary>Finds a user by name or explains that there is none.</summary>
    public async Task<ParleyUser> FindAsync(string name) =>
        await Users.FindByNameAsync(name) ?? throw new UserError($"no user named '{name}' (see 'parley users list')");

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
    }
}
