using Microsoft.EntityFrameworkCore;
using Parley.Analyses.Coverage;
using Parley.Domain;
using Parley.Features.Analyses.Cascade;
using Parley.Features.Analyses.Coverage;
using Parley.Features.Analyses.LegalClarity;
using Parley.Features.Analyses.Risk;
using Parley.Store;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Analyses;

/// <summary>The analyses follow the record: editing a power, a dependency or a case in the store changes the answer.</summary>
public sealed class StoreChangeTests : IAsyncLifetime
{
    private readonly TempStore _store = new();

    public Task InitializeAsync() => Cli.OkAsync("init", "--db", _store.Path);

    public Task DisposeAsync()
    {
        _store.Dispose();
        return Task.CompletedTask;
    }

    private async Task EditAsync(Func<ParleyDb, Task> change)
    {
        await using var db = _store.Open();
        db.Actor = "test";
        await change(db);
        await db.SaveChangesAsync();
    }

    private async Task<T> ReadAsync<T>(Func<ParleyDb, Task<T>> query)
    {
        await using var db = _store.Open();
        return await query(db);
    }

    [Fact]
    public async Task Giving_MOLISA_the_power_to_approve_labour_law_covers_the_approval_link()
    {
        static Task<CoverageQuery.Answer> Labor(ParleyDb db) => CoverageQuery.RunAsync(db, "labor", null, null, null);
        Assert.Equal(LinkState.Missing, (await ReadAsync(Labor)).Result.Items[0].Links.Single(l => l.Power == Power.Approve).State);

        await EditAsync(async db =>
        {
            var molisa = await db.Institutions.Include(i => i.Powers).SingleAsync(i => i.Key == "vn-molisa");
            var labour = await db.IssueAreas.SingleAsync(a => a.Key == "labour-rights");
            molisa.Powers.Add(new InstitutionPower { Power = Power.Approve, IssueAreaId = labour.Id });
        });

        var after = (await ReadAsync(Labor)).Result;
        Assert.Equal(LinkState.Covered, after.Items[0].Links.Single(l => l.Power == Power.Approve).State);
        Assert.DoesNotContain(after.ToInvite, i => i.Key == "vn-national-assembly");
    }

    [Fact]
    public async Task A_commitment_made_to_depend_on_the_TPP_plan_lapses_with_it()
    {
        await EditAsync(async db =>
        {
            var plan = await db.Commitments.SingleAsync(c => c.Key == "tpp-labour-consistency-plan");
            var code = await db.Commitments.Include(c => c.DependsOn).SingleAsync(c => c.Key == "csp-2023-human-rights-cooperation");
            code.DependsOn.Add(plan);
            // Made before the withdrawal, so it was open when the United States left.
            code.History.Add(new CommitmentStatusChange { Status = CommitmentStatus.Open, Date = new PartialDate(2016) });
        });

        var r = await ReadAsync(db => CascadeQuery.RunAsync(db, "tpp", "us", null, new DateOnly(2026, 1, 1)));

        var dependent = r.Lapsed.Single(c => c.Key == "csp-2023-human-rights-cooperation");
        Assert.Equal(["tpp", "tpp-labour-consistency-plan", "csp-2023-human-rights-cooperation"], dependent.Path);
    }

    [Fact]
    public async Task An_arrest_recorded_for_LGBTQ_advocacy_removes_it_from_the_entry_points()
    {
        await EditAsync(async db =>
        {
            var lgbtq = await db.IssueAreas.SingleAsync(a => a.Key == "lgbtq-rights");
            var vn = await db.Parties.SingleAsync(p => p.Key == "vn");
            db.Cases.Add(new Case
            {
                Key = "test-activist", PersonName = "Test Activist", PartyId = vn.Id, Status = CaseStatus.Detained, IssueAreas = [lgbtq],
                Events = [new CaseEvent { Kind = CaseEventKind.Arrest, Date = new PartialDate(2024, 5) }],
            });
        });

        var r = await ReadAsync(db => RiskQuery.RunAsync(db, 2024));

        Assert.DoesNotContain(r.EntryPoints, a => a.IssueAreaKey == "lgbtq-rights");
        Assert.DoesNotContain(r.LowRiskWithoutProgramme, a => a.IssueAreaKey == "lgbtq-rights");
        var lgbtq = r.Areas.Single(a => a.IssueAreaKey == "lgbtq-rights");
        Assert.Equal(RiskLevel.High, lgbtq.Computed);
        // The analysts' "low" of the same year is an opinion that moves the computed level one step, not away.
        Assert.Equal(RiskLevel.Medium, lgbtq.Level);
    }

    [Fact]
    public async Task Charging_cases_under_Article_109_moves_it_to_the_top_of_the_legal_priorities()
    {
        var cases = 0;
        await EditAsync(async db =>
        {
            // Article 117 is charged in most recorded cases; charging every case under 109 must put 109 first.
            var article = await db.Provisions.SingleAsync(p => p.Key == "vn-cc-art-109");
            foreach (var c in await db.Cases.Include(c => c.Charges).ToListAsync())
            {
                c.Charges.Add(article);
                cases++;
            }
        });

        var r = await ReadAsync(db => LegalClarityQuery.RunAsync(db, null));

        Assert.Equal("vn-cc-art-109", r.Provisions[0].Key);
        Assert.Equal(cases, r.Provisions[0].CasesCharged);
    }

    [Fact]
    public async Task A_2025_arrest_in_an_area_raises_its_risk_in_2025_and_deleting_it_restores_the_level()
    {
        static Task<Parley.Analyses.Risk.RiskResult> Risk(ParleyDb db) => RiskQuery.RunAsync(db, 2025);
        var before = (await ReadAsync(Risk)).Areas.Single(a => a.IssueAreaKey == "womens-rights");

        await EditAsync(async db =>
        {
            var women = await db.IssueAreas.SingleAsync(a => a.Key == "womens-rights");
            db.Cases.Add(new Case
            {
                Key = "test-2025-case", PersonName = "Test Person", IssueAreas = [women],
                Events = [new CaseEvent { Kind = CaseEventKind.Arrest, Date = new PartialDate(2025, 3, 1) }],
            });
        });
        var raised = (await ReadAsync(Risk)).Areas.Single(a => a.IssueAreaKey == "womens-rights");
        await EditAsync(async db => db.Cases.Remove(await db.Cases.SingleAsync(c => c.Key == "test-2025-case")));
        var restored = (await ReadAsync(Risk)).Areas.Single(a => a.IssueAreaKey == "womens-rights");

        Assert.Equal(RiskLevel.Low, before.Level);
        Assert.True(raised.Level > before.Level);
        Assert.True(raised.Score > before.Score);
        Assert.Equal(before.Level, restored.Level);
        Assert.Equal(before.Score, restored.Score);
    }
}
