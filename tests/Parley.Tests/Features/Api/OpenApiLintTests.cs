using System.Diagnostics;
using System.Text.Json.Nodes;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Api;

/// <summary>
/// The OpenAPI document a running app serves passes Redocly's recommended lint with no errors, and every operation has a
/// summary and a typed answer. Redocly CLI comes from npm, pinned in scripts/test, installed under artifacts/node.
/// </summary>
public class OpenApiLintTests
{
    /// <summary>Where scripts/test puts the redocly command; set it to use another install.</summary>
    public const string RedoclyVariable = "PARLEY_TEST_REDOCLY";

    [Fact]
    public async Task The_OpenAPI_document_passes_Redocly_recommended_lint_with_no_errors()
    {
        await using var app = await SignedInApp.StartAsync();
        using var api = app.Client(app.Token("admin"));
        var file = app.Store.File("openapi.json");
        await File.WriteAllTextAsync(file, await api.GetStringAsync("/openapi/v1.json"));

        var (exit, output) = await RunAsync(Redocly(), "lint", "--extends", "recommended", "--format", "stylish", "--max-problems", "500", file);

        Assert.True(exit == 0, $"redocly lint found errors in the OpenAPI document:\n{output}");
    }

    [Fact]
    public async Task Every_operation_has_a_summary_a_name_and_a_typed_success_response()
    {
        await using var app = await SignedInApp.StartAsync();
        using var api = app.Client(app.Token("admin"));
        var document = JsonNode.Parse(await api.GetStringAsync("/openapi/v1.json"))!;

        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => (Name: $"{op.Key.ToUpperInvariant()} {path.Key}", Operation: op.Value!)))
            .ToList();
        var untyped = operations.Where(o => o.Operation["summary"] is null || o.Operation["operationId"] is null
            || !o.Operation["responses"]!.AsObject().Any(r => r.Key.StartsWith('2') && (r.Key == "204" || r.Value!["content"]?.AsObject().Any(c => c.Value!["schema"] is not null) == true)))
            .Select(o => o.Name).ToList();

        Assert.True(operations.Count > 100, $"only {operations.Count} operations");
        Assert.Empty(untyped);
        Assert.All(document["servers"]?.AsArray() ?? [], s => Assert.False(s!["url"]!.GetValue<string>().EndsWith('/')));
    }

    private static string Redocly()
    {
        if (Environment.GetEnvironmentVariable(RedoclyVariable) is { Length: > 0 } set) return set;
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Parley.slnx"))) folder = folder.Parent;
        var installed = folder is null ? null : Path.Combine(folder.FullName, "artifacts", "node", "node_modules", ".bin", "redocly");
        return installed is not null && File.Exists(installed) ? installed
            : throw new InvalidOperationException($"Redocly CLI is not installed: run scripts/test (it installs it under artifacts/node), or set {RedoclyVariable}.");
    }

    private static async Task<(int Exit, string Output)> RunAsync(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // No telemetry and no update check: the run stays offline apart from what npm installed.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
