using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Parley.Features.Accounts;
using Parley.Store;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Accounts;

/// <summary>Sessions end, the sign-in cookie is out of scripts' and other sites' reach, and no secret reaches a log.</summary>
public partial class SessionTests
{
    [Fact]
    public async Task A_session_idle_past_its_timeout_sends_pages_to_sign_in_and_the_api_answers_401()
    {
        await using var app = await SignedInApp.StartAsync(settings: new Dictionary<string, string?> { [AccountsSetup.SessionIdleSetting] = "00:00:03" });
        using var viewer = await app.SignInAsync("viewer");
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/")).StatusCode);

        await Task.Delay(TimeSpan.FromSeconds(5));

        var page = await viewer.GetAsync("/timeline");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/login", page.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.Unauthorized, (await viewer.GetAsync("/api/v1/parties")).StatusCode);
    }

    [Fact]
    public async Task A_busy_session_still_ends_at_its_lifetime_however_often_it_is_used()
    {
        await using var app = await SignedInApp.StartAsync(settings: new Dictionary<string, string?>
        {
            [AccountsSetup.SessionIdleSetting] = "01:00:00", [AccountsSetup.SessionLifetimeSetting] = "00:00:04",
        });
        using var viewer = await app.SignInAsync("viewer");
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/v1/parties/vn")).StatusCode);

        // In use every second: the idle timeout never runs out, the lifetime does.
        HttpResponseMessage last;
        var attempts = 0;
        do
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            last = await viewer.GetAsync("/api/v1/parties/vn");
        } while (last.StatusCode == HttpStatusCode.OK && ++attempts < 15);

        Assert.Equal(HttpStatusCode.Unauthorized, last.StatusCode);
        Assert.Equal("/login", (await viewer.GetAsync("/")).Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_same_site_lax_and_ends_with_the_browser()
    {
        await using var app = await SignedInApp.StartAsync();
        using var http = app.Client();

        var signIn = await SignedInApp.PostFormAsync(http, "/login", new() { ["UserName"] = "viewer", ["Password"] = SignedInApp.Password });

        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("parley=", StringComparison.Ordinal)).ToLowerInvariant();
        var flags = cookie.Split(';').Skip(1).Select(f => f.Trim()).ToList();
        Assert.Contains("httponly", flags);
        Assert.Contains("samesite=lax", flags);
        Assert.Contains("path=/", flags);
        // A session cookie: no expiry date, so closing the browser ends it; the server enforces the timeouts.
        Assert.DoesNotContain(flags, f => f.StartsWith("expires=", StringComparison.Ordinal) || f.StartsWith("max-age=", StringComparison.Ordinal));
        // Served over plain http on the loopback address, so not marked Secure (it would never be sent back).
        Assert.DoesNotContain("secure", flags);
    }

    [Fact]
    public async Task Passwords_are_stored_as_identity_hashes_that_verify_and_never_as_themselves()
    {
        await using var app = await SignedInApp.StartAsync();
        await using var accounts = await AccountStore.OpenAsync(app.Store.Location);
        var user = await accounts.FindAsync("viewer");

        Assert.NotNull(user.PasswordHash);
        Assert.DoesNotContain(SignedInApp.Password, user.PasswordHash);
        Assert.Equal(0x01, Convert.FromBase64String(user.PasswordHash)[0]); // Identity's v3 format: PBKDF2 with a salt
        var hasher = new PasswordHasher<ParleyUser>();
        Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(user, user.PasswordHash, SignedInApp.Password));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(user, user.PasswordHash, SignedInApp.Password + "x"));
        // The same password twice gives two different hashes (salted).
        Assert.NotEqual(user.PasswordHash, (await accounts.FindAsync("editor")).PasswordHash);
    }

    [Fact]
    public async Task The_server_log_holds_no_password_or_token_after_sign_ins_and_token_use()
    {
        using var store = await StoreWithAliceAsync();
        const string password = AlicePassword;
        var token = (await Cli.OkAsync("tokens", "create", "--user", "alice", "--db", store.Path)).Out.Trim();
        // The most detailed log the app allows, as an operator chasing a problem would turn it on.
        var (server, address) = await ParleyProcess.ServeAsync(new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Trace" },
            "http", "serve", "--db", store.Path);
        using var _ = server;
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = address };

        var wrong = await SignedInApp.PostFormAsync(http, "/login", new() { ["UserName"] = "alice", ["Password"] = password + " wrong" });
        var right = await SignedInApp.PostFormAsync(http, "/login", new() { ["UserName"] = "alice", ["Password"] = password });
        using var bearer = new HttpClient { BaseAddress = http.BaseAddress };
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var withToken = await bearer.GetAsync("/api/v1/parties/vn");
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", token + "forged");
        var forged = await bearer.GetAsync("/api/v1/parties/vn");
        await server.KillAfterAsync(TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        var log = server.Output;
        Assert.Contains("Parley is serving", log);
        Assert.DoesNotContain(password, log);
        Assert.DoesNotContain(token, log);
        Assert.DoesNotContain(token[..16], log);
        Assert.DoesNotMatch(TokenLike(), log);
    }

    [Fact]
    public async Task Served_over_https_with_a_certificate_the_sign_in_cookie_is_marked_secure_and_hsts_is_sent()
    {
        using var store = await StoreWithAliceAsync();
        const string password = AlicePassword;
        using var certificate = SelfSignedLoopbackCertificate();
        var pfx = store.File("parley.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "pfx-pass"));
        // The way an operator serves Parley over TLS without a proxy: Kestrel's certificate settings in the environment.
        var (server, address) = await ParleyProcess.ServeAsync(new Dictionary<string, string>
        {
            ["Kestrel__Certificates__Default__Path"] = pfx,
            ["Kestrel__Certificates__Default__Password"] = "pfx-pass",
        }, "https", "serve", "--db", store.Path);
        using var _ = server;
        using var http = new HttpClient(new HttpClientHandler
        {
            AllowAutoRedirect = false,
            CookieContainer = new CookieContainer(),
            // Trust exactly the certificate made above, nothing else.
            ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == certificate.Thumbprint,
        }) { BaseAddress = address };

        var signIn = await SignedInApp.PostFormAsync(http, "/login", new() { ["UserName"] = "alice", ["Password"] = password });
        var home = await http.GetAsync("/");
        await server.KillAfterAsync(TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var flags = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("parley=", StringComparison.Ordinal))
            .ToLowerInvariant().Split(';').Skip(1).Select(f => f.Trim()).ToList();
        Assert.Contains("secure", flags);
        Assert.Contains("httponly", flags);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        // Browsers are told to come back over HTTPS only, for a year.
        Assert.Equal($"max-age={365 * 24 * 60 * 60}", home.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.Equal($"max-age={365 * 24 * 60 * 60}", signIn.Headers.GetValues("Strict-Transport-Security").Single());
    }

    private static X509Certificate2 SelfSignedLoopbackCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
    }

    private const string AlicePassword = "alice reads the rounds at dawn";

    /// <summary>A new store with one viewer, alice, made through the CLI as an operator would.</summary>
    private static async Task<TempStore> StoreWithAliceAsync()
    {
        var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        Assert.Equal(0, (await Cli.RunWithInputAsync(AlicePassword + "\n", "users", "add", "alice", "--role", "viewer", "--password-stdin", "--db", store.Path)).Exit);
        return store;
    }


    [GeneratedRegex("parley_[A-Za-z0-9_-]{8,}")]
    private static partial Regex TokenLike();
}
