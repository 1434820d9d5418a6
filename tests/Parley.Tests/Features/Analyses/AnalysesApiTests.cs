using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Analyses;

/// <summary>The analyses over real HTTP: /api/v1/analyses/... against the real app on a SQLite file.</summary>
public sealed class AnalysesApiTests : IAsyncLifetime
{
    private SignedInApp _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _app = await SignedInApp.StartAsync();
        _http = await _app.SignInAsync("viewer");
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    private async Task<JsonElement> GetJson(string url)
    {
        var response = await _http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Coverage_of_a_proposed_delegation_names_the_institutions_to_invite()
    {
        var json = await GetJson("/api/v1/analyses/coverage?channel=human-rights&delegation=vn-mfa");

        var invite = json.GetProperty("result").GetProperty("toInvite").EnumerateArray().Select(i => i.GetProperty("key").GetString()).ToList();
        Assert.Contains("vn-mps", invite);
        Assert.Contains("vn-national-assembly", invite);
        Assert.Contains("vn-politburo", invite);
    }

    [Fact]
    public async Task Enforceability_cascade_leverage_risk_and_legal_answer_as_json()
    {
        var enforceability = await GetJson("/api/v1/analyses/enforceability?party=vn");
        Assert.Equal(5, enforceability.GetProperty("commitments").GetArrayLength());

        var cascade = await GetJson("/api/v1/analyses/cascade?framework=tpp&party=us");
        Assert.Equal("tpp-labour-consistency-plan", cascade.GetProperty("lapsed")[0].GetProperty("key").GetString());

        var leverage = await GetJson("/api/v1/analyses/leverage?issueArea=torture");
        Assert.Contains(leverage.GetProperty("levers").EnumerateArray(), l => l.GetProperty("key").GetString() == "uncat");

        var risk = await GetJson("/api/v1/analyses/risk?year=2024");
        Assert.Equal("high", risk.GetProperty("areas")[0].GetProperty("level").GetString());

        var legal = await GetJson("/api/v1/analyses/legal?instrument=decree%2053");
        Assert.Equal("toxic content", legal.GetProperty("provisions")[0].GetProperty("hits")[0].GetProperty("term").GetString());
    }

    [Fact]
    public async Task Framing_checks_a_posted_draft()
    {
        var response = await _http.PostAsJsonAsync("/api/v1/analyses/framing", new { text = "No peaceful evolution; we respect Vietnam's political system." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(json.GetProperty("reassurancePresent").GetBoolean());
        Assert.Equal("peaceful evolution", json.GetProperty("findings")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task An_ambiguous_name_or_a_bad_date_is_a_400_problem_naming_it()
    {
        var ambiguous = await _http.GetAsync("/api/v1/analyses/coverage?channel=dialogue");
        Assert.Equal(HttpStatusCode.BadRequest, ambiguous.StatusCode);
        Assert.Contains("names more than one channel", await ambiguous.Content.ReadAsStringAsync());

        var badDate = await _http.GetAsync("/api/v1/analyses/cascade?framework=tpp&party=us&date=soon");
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("date: 'soon'", await badDate.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_analysis_page_renders_its_result_in_the_layout()
    {
        var coverage = await _http.GetStringAsync("/analyses/coverage?channel=labor");
        Assert.Contains("Next Labor Dialogue round", coverage);
        Assert.Contains("<strong>National Assembly</strong>", coverage);

        Assert.Contains("Politburo", await _http.GetStringAsync("/analyses/coverage?channel=human-rights&delegation=vn-mfa"));
        Assert.Contains("tpp-labour-consistency-plan", await _http.GetStringAsync("/analyses/enforceability"));
        Assert.Contains("Commitments that lapse (1)", await _http.GetStringAsync("/analyses/cascade?framework=tpp&party=us"));
        Assert.Contains("Also low risk, no programme yet:</strong> Economic rights, LGBTQ&#x2B; rights, Women&#x27;s rights",
            await _http.GetStringAsync("/analyses/risk?year=2024"));
        Assert.Contains("<mark>Abusing democratic freedoms</mark>", await _http.GetStringAsync("/analyses/legal"));
        Assert.Contains("<form method=\"post\"", await _http.GetStringAsync("/analyses/framing"));
        Assert.Contains("&#x27;dialogue&#x27; names more than one channel", await _http.GetStringAsync("/analyses/coverage?channel=dialogue"));
    }
}
