using Microsoft.EntityFrameworkCore;
using Parley.Features.Accounts;
using Parley.Features.Analyses;
using Parley.Features.Api;
using Parley.Features.Health;
using Parley.Features.PartyUpr;
using Parley.Features.Search;
using Parley.Features.Tagging;
using Parley.Store;
using Parley.Web.Localization;

namespace Parley.Web;

/// <summary>The web host: server-rendered pages under Features/, the JSON API, static files from Web/wwwroot.</summary>
public static class ParleyWebApp
{
    public static WebApplication Build(WebSettings settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "Web", "wwwroot"),
            // The parley assembly, not the test host, holds the pages when the app is built inside tests.
            ApplicationName = typeof(ParleyWebApp).Assembly.GetName().Name,
            Args = [],
        });
        builder.WebHost.UseUrls(settings.Urls);
        if (settings.Settings is { } values) builder.Configuration.AddInMemoryCollection(values);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        Features.Import.UploadStaging.SpoolRequestBodiesHere();
        builder.Services.AddHostedService<Features.Import.UploadExpiry>();
        builder.Services.AddHostedService<Features.FollowUp.ReminderService>();
        var limits = settings.Limits ?? InputLimits.Current;
        builder.AddRequestLimits(limits);
        AddStore(builder.Services, settings.Store);
        builder.Services.AddMemoryCache();
        builder.AddParleyAccounts(settings);
        builder.Services.AddRecordsApi();
        builder.Services.AddRazorPages(options => options.RootDirectory = "/Features");
        builder.Services.AddLanguages();
        ReaderView.AddReaderView(builder.Services);
        // Vietnamese names and typographic dashes are written as themselves, not as numeric entities; markup is still encoded.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        builder.Services.AddRateLimiter(o => o.GlobalLimiter = HeavyReadQueue.Limiter(HeavyReadQueue.DefaultRunning));

        var app = builder.Build();
        app.UseStaticFiles();
        app.UseErrorPages();
        app.UseLanguages();
        app.UseRequestLimits(limits);
        app.UseRouting();
        // Who asks is known and allowed before any turn is taken: an anonymous request never waits in, or holds, a queue.
        app.UseParleyAccounts();
        app.UseRateLimiter();
        if (settings.Store.Provider == StoreProvider.Sqlite)
        {
            var writes = new SqliteWriteQueue(
                app.Configuration.GetValue(SqliteWriteQueue.LongestWaitSetting, SqliteWriteQueue.DefaultLongestWait),
                app.Configuration.GetValue(SqliteWriteQueue.BodyTimeoutSetting, SqliteWriteQueue.DefaultBodyTimeout));
            app.Lifetime.ApplicationStopped.Register(writes.Dispose);
            app.Use((context, next) => writes.RunAsync(context, next));
        }
        // Health answers about the store, never with its records, and must answer when the store is gone: outside the
        // reader's view, which reads the store to know what to withhold.
        app.MapHealth();
        // Every other endpoint answers through the reader's view: case names are withheld from a reader without case access.
        var endpoints = ReaderView.WithheldFromReaders(app);
        endpoints.MapSearch();
        endpoints.MapRecordsApi();
        endpoints.MapAnalysesApi();
        endpoints.MapPartyUpr();
        endpoints.MapThemes();
        Features.Asks.AsksEndpoints.MapAsksApi(endpoints);
        Features.FollowUp.FollowUpEndpoints.MapFollowUp(endpoints);
        Features.FollowUp.NotificationEndpoints.MapNotifications(endpoints);
        app.MapRazorPages();
        return app;
    }

    /// <summary>
    /// Contexts come from a pool: building one per request cost more than some requests' queries. A context taken from
    /// the pool starts with the defaults of a new one (who acts is set again by each request, see ActAs). Only
    /// ParleyDb is registered, so the request's scope gives it back to the pool exactly once.
    /// </summary>
    private static void AddStore(IServiceCollection services, StoreLocation location)
    {
        if (location.Provider == StoreProvider.Sqlite)
        {
            services.AddPooledDbContextFactory<SqliteParleyDb>(o => ParleyStore.ConfigureSqlite(o, location.ConnectionString));
            services.AddScoped<ParleyDb>(sp => ParleyDb.Fresh(sp.GetRequiredService<IDbContextFactory<SqliteParleyDb>>().CreateDbContext()));
        }
        else
        {
            services.AddPooledDbContextFactory<PostgresParleyDb>(o => ParleyStore.ConfigurePostgres(o, location.ConnectionString));
            services.AddScoped<ParleyDb>(sp => ParleyDb.Fresh(sp.GetRequiredService<IDbContextFactory<PostgresParleyDb>>().CreateDbContext()));
        }
    }
}
