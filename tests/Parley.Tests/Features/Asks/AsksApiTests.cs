using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using System.Text.Json;
using Parley.Tests.Features.Accounts;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Asks;

/// <summary>GET /api/v1/asks over real HTTP: the asks as JSON, case names only for a reader with case access, a clear 400 for a bad round.</summary>
public sealed class AsksApiTests : IAsyncLifetime
{
    private SignedInApp _app = null!;

    public async Task InitializeAsync() => _app = await SignedInApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_asks_answer_as_json_and_withhold_the_names_of_people_from_a_reader_without_case_access()
    {
        using var viewer = _app.Client(_app.Token("viewer"));
        using var caseViewer = _app.Client(_app.Token(SignedInApp.CaseViewer));

        var seen = await viewer.GetAsync("/api/v1/asks?round=human-rights-next&date=2026-12-04");
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        var text = await seen.Content.ReadAsStringAsync();
        var json = JsonDocument.Parse(text).RootElement;
        Assert.Equal("Vietnam", json.GetProperty("addressedTo").GetString());
        var first = json.GetProperty("asks")[0];
        Assert.Equal(1, first.GetProperty("rank").GetInt32());
        Assert.True(first.GetProperty("score").GetProperty("total").GetDouble() > 0);
        Assert.Contains("addressed to Vietnam", json.GetProperty("summary").GetString());

        string[] held = ["Phạm Chí Dũng", "Nguyễn Văn Đài"];
        Assert.Empty(PlantedNames.Leaks(text, held));
        Assert.Contains("[name withheld]", text);
        var full = await (await caseViewer.GetAsync("/api/v1/asks?round=human-rights-next&date=2026-12-04")).Content.ReadAsStringAsync();
        Assert.NotEmpty(PlantedNames.Leaks(full, held));
    }

    [Fact]
    public async Task A_bad_round_or_date_is_a_400_naming_it()
    {
        using var viewer = _app.Client(_app.Token("viewer"));

        var round = await viewer.GetAsync("/api/v1/asks?round=nowhere");
        Assert.Equal(HttpStatusCode.BadRequest, round.StatusCode);
        Assert.Contains("no round matches 'nowhere'", await round.Content.ReadAsStringAsync());

        var date = await viewer.GetAsync("/api/v1/asks?round=human-rights-next&date=soon");
        Assert.Equal(HttpStatusCode.BadRequest, date.StatusCode);
        Assert.Contains("date: 'soon'", await date.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_editor_accepts_an_ask_onto_the_agenda_and_a_viewer_cannot()
    {
        using var viewer = _app.Client(_app.Token("viewer"));
        using var editor = _app.Client(_app.Token("editor"));
        var body = new { round = "human-rights-next", ask = "invite:vn-mps", accept = true, deadline = "2027-05" };

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync("/api/v1/asks/decisions", body)).StatusCode);
        await using (var db = _app.Store.Open())
            Assert.Equal(0, await db.Set<Parley.Features.Asks.AskDecision>().CountAsync());

        var saved = await editor.PostAsJsonAsync("/api/v1/asks/decisions", body);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var json = JsonDocument.Parse(await saved.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("2027-05", json.GetProperty("deadline").GetString());
        await using (var db = _app.Store.Open())
        {
            var round = await db.Rounds.Include(r => r.Agenda).SingleAsync(r => r.Key == "human-rights-next");
            Assert.Contains(round.Agenda, a => a.Note == json.GetProperty("action").GetString());
            Assert.Contains(await db.AuditEntries.Where(a => a.Kind == "AskDecision").ToListAsync(), a => a.Actor.Contains("editor"));
        }

        var notHeld = await editor.PostAsJsonAsync("/api/v1/asks/commitments", new { round = "human-rights-next" });
        Assert.Equal(HttpStatusCode.BadRequest, notHeld.StatusCode);
        Assert.Contains("once it is held", await notHeld.Content.ReadAsStringAsync());
    }
}
