using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Parley.Store;

namespace Parley.Tests.Support;

/// <summary>
/// The SQL statements EF Core sends to one store, as they are sent (EF Core's diagnostic events, so the app under test
/// is not changed): on PostgreSQL each is a round trip to the server, which is what the small requests' time is made of.
/// Statements on other stores (other tests running at the same time) are left out.
/// </summary>
public sealed class StatementLog : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _store;
    private readonly ConcurrentQueue<string> _sent = new();
    private readonly List<IDisposable> _subscriptions = [];

    /// <summary>Starts logging the statements of the store <paramref name="app"/> serves.</summary>
    public StatementLog(SignedInApp app)
    {
        using var scope = app.App.Services.CreateScope();
        _store = DataVersion.StoreOf(scope.ServiceProvider.GetRequiredService<ParleyDb>());
        lock (_subscriptions) _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    /// <summary>The statements sent while <paramref name="run"/> ran.</summary>
    public async Task<List<string>> DuringAsync(Func<Task> run)
    {
        var before = _sent.Count;
        await run();
        return [.. _sent.Skip(before)];
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name) lock (_subscriptions) _subscriptions.Add(value.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData executed
            && executed.Context is ParleyDb db && DataVersion.StoreOf(db) == _store)
            _sent.Enqueue(executed.Command.CommandText);
    }

    public void OnCompleted() { }

    public void OnError(Exception error) { }

    public void Dispose()
    {
        lock (_subscriptions) foreach (var subscription in _subscriptions) subscription.Dispose();
    }
}
