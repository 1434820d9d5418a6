using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Parley.Soak;

/// <summary>
/// CLIENTS loops, each with its own connection, for the whole duration: 3 in 4 requests read (a record, a list page,
/// a search, the dashboard API's counts), 1 in 4 write (create a recommendation, or update one this client created,
/// with If-Match). A write counts as acknowledged only on 201/200; its final text is what the store must hold.
/// Any other answer or a transport error is an error.
/// </summary>
public static class SoakLoad
{
    private static readonly string[] Reads =
    [
        "/api/v1/parties/vn", "/api/v1/recommendations?pageSize=20&sort=-key", "/api/v1/search?q=labour+rights",
        "/api/v1/rounds/human-rights-next", "/api/v1/commitments?pageSize=10", "/api/v1/search?q=freedom&kind=recommendation",
    ];

    public static async Task<int> RunAsync(Uri baseUrl, string token, TimeSpan duration, int clients, string dir)
    {
        Directory.CreateDirectory(dir);
        var acknowledged = new ConcurrentDictionary<string, string>();
        var errors = new ConcurrentQueue<string>();
        long reads = 0, creates = 0, updates = 0;
        var latencies = new ConcurrentBag<double>();
        var until = DateTime.UtcNow + duration;
        var clock = Stopwatch.StartNew();

        async Task Client(int id)
        {
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1 }) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var random = new Random(id);
            var mine = new List<string>();
            var n = 0;
            while (DateTime.UtcNow < until)
            {
                var started = Stopwatch.GetTimestamp();
                var roll = random.Next(100);
                var what = "";
                try
                {
                    if (roll < 75)
                    {
                        what = "GET " + Reads[random.Next(Reads.Length)];
                        using var response = await http.GetAsync(what[4..]);
                        await response.Content.ReadAsByteArrayAsync();
                        if (response.StatusCode != HttpStatusCode.OK) throw new SoakError($"{(int)response.StatusCode}");
                        Interlocked.Increment(ref reads);
                    }
                    else if (roll < 90 || mine.Count == 0)
                    {
                        var key = $"soak-{id:D3}-{n++:D6}";
                        var text = $"Soak {key}: ensure labour rights and freedom of expression, revision {random.Next()}";
                        what = $"POST {key}";
                        using var response = await http.PostAsync("/api/v1/recommendations", Json(Record(key, text)));
                        await response.Content.ReadAsByteArrayAsync();
                        if (response.StatusCode != HttpStatusCode.Created) throw new SoakError($"{(int)response.StatusCode}");
                        acknowledged[key] = text;
                        mine.Add(key);
                        Interlocked.Increment(ref creates);
                    }
                    else
                    {
                        var key = mine[random.Next(mine.Count)];
                        what = $"PUT {key}";
                        using var current = await http.GetAsync($"/api/v1/recommendations/{key}");
                        await current.Content.ReadAsByteArrayAsync();
                        if (current.StatusCode != HttpStatusCode.OK) throw new SoakError($"GET before PUT {(int)current.StatusCode}");
                        var text = $"Soak {key}: updated, revision {random.Next()}";
                        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/recommendations/{key}") { Content = Json(Record(key, text)) };
                        request.Headers.IfMatch.Add(current.Headers.ETag!);
                        using var response = await http.SendAsync(request);
                        await response.Content.ReadAsByteArrayAsync();
                        if (response.StatusCode != HttpStatusCode.OK) throw new SoakError($"{(int)response.StatusCode}");
                        acknowledged[key] = text;
                        Interlocked.Increment(ref updates);
                    }
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception e) when (e is SoakError or HttpRequestException or TaskCanceledException)
                {
                    errors.Enqueue($"{DateTime.UtcNow:HH:mm:ss} client {id} {what}: {e.Message}");
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(i => Task.Run(() => Client(i))));
        var seconds = clock.Elapsed.TotalSeconds;

        await File.WriteAllLinesAsync(Path.Combine(dir, "acknowledged.tsv"), acknowledged.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}\t{p.Value}"));
        await File.WriteAllLinesAsync(Path.Combine(dir, "errors.txt"), errors);
        var sorted = latencies.Order().ToArray();
        double P(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
        var summary = $"""
            clients {clients}, {seconds:F0} s
            requests {reads + creates + updates:N0} ({(reads + creates + updates) / seconds:F0}/s): reads {reads:N0}, creates {creates:N0}, updates {updates:N0}
            errors {errors.Count}
            latency ms p50 {P(0.5):F1}, p95 {P(0.95):F1}, p99 {P(0.99):F1}, max {P(1):F0}
            acknowledged records {acknowledged.Count:N0}
            """;
        await File.WriteAllTextAsync(Path.Combine(dir, "summary.txt"), summary + "\n");
        Console.WriteLine(summary);
        foreach (var e in errors.Take(10)) Console.WriteLine("  " + e);
        return errors.IsEmpty ? 0 : 1;
    }

    private static JsonObject Record(string key, string text) => new()
    {
        ["key"] = key, ["text"] = text, ["response"] = "noted", ["from"] = "us", ["to"] = "vn",
        ["issueAreas"] = new JsonArray("labour-rights"),
    };

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private sealed class SoakError(string message) : Exception(message);
}
