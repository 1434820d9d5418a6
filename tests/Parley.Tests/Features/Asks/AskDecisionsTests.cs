using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Asks;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Asks;

/// <summary>An editor accepts, edits or drops asks; accepted ones go on the agenda and, once the round is held, become commitments: all audited.</summary>
public sealed class AskDecisionsTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task An_accepted_ask_goes_on_the_agenda_and_becomes_a_commitment_with_its_owner_deadline_and_indicator_once_the_round_is_held(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        await using (var db = store.Open())
        {
            db.Actor = "editor@example.org";
            var d = await AskDecisions.DecideAsync(db, "human-rights-next", "invite:vn-mps", accept: true,
                new AskDecisions.Edits(Deadline: "2027-06", Action: "Bring the Ministry of Public Security to the next round"), Today);
            Assert.Equal("human-rights-next/invite:vn-mps", d.Key);
        }
        await using (var db = store.Open())
        {
            var round = await db.Rounds.Include(r => r.Agenda).SingleAsync(r => r.Key == "human-rights-next");
            Assert.Contains(round.Agenda, a => a.Note == "Bring the Ministry of Public Security to the next round");
            Assert.Contains(await db.AuditEntries.Where(a => a.Kind == nameof(AskDecision)).ToListAsync(), a => a.Actor == "editor@example.org");

            // Planned rounds cannot record commitments yet.
            var early = await Assert.ThrowsAsync<UserError>(() => AskDecisions.RecordCommitmentsAsync(db, "human-rights-next", Today));
            Assert.Contains("once it is held", early.Message);
            round.Status = RoundStatus.Held;
            round.Date = new PartialDate(2026, 11, 20);
            await db.SaveChangesAsync();
        }
        await using (var db = store.Open())
        {
            var made = await AskDecisions.RecordCommitmentsAsync(db, "human-rights-next", Today);
            Assert.Single(made);
            Assert.Empty(await AskDecisions.RecordCommitmentsAsync(db, "human-rights-next", Today));
        }
        await using (var db = store.Open())
        {
            var c = await db.Commitments.Include(x => x.OwnerInstitution).Include(x => x.Party).Include(x => x.History)
                .SingleAsync(x => x.Title == "Bring the Ministry of Public Security to the next round");
            Assert.Equal("vn-mfa", c.OwnerInstitution!.Key);
            Assert.Equal("vn", c.Party.Key);
            Assert.Equal("2027-06", c.Deadline.ToString());
            Assert.Equal("The Ministry of Public Security is named in the delegation list of the next round", c.Indicator);
            Assert.Equal(CommitmentStatus.Open, CommitmentCurrentStatus.Of(c));
            Assert.Contains(await db.AuditEntries.Where(a => a.Kind == nameof(Commitment) && a.RecordKey == c.Key).ToListAsync(), a => a.Action == AuditAction.Create);
        }
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Dropping_an_accepted_ask_takes_it_off_the_agenda_and_an_unknown_ask_changes_nothing(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        await using var db = store.Open();
        var before = (await db.Rounds.AsNoTracking().Include(r => r.Agenda).SingleAsync(r => r.Key == "human-rights-next")).Agenda.Count;

        var accepted = await AskDecisions.DecideAsync(db, "human-rights-next", "invite:vn-national-assembly", true, new(), Today);
        await AskDecisions.DecideAsync(db, "human-rights-next", "invite:vn-national-assembly", false, new(), Today);

        await using var check = store.Open();
        var agenda = (await check.Rounds.AsNoTracking().Include(r => r.Agenda).SingleAsync(r => r.Key == "human-rights-next")).Agenda;
        Assert.Equal(before, agenda.Count);
        Assert.DoesNotContain(agenda, a => a.Note == accepted.Action);
        Assert.False((await check.Set<AskDecision>().SingleAsync()).Accepted);

        var error = await Assert.ThrowsAsync<UserError>(() => AskDecisions.DecideAsync(check, "human-rights-next", "invite:nobody", true, new(), Today));
        Assert.Contains("'invite:nobody' is not among the asks", error.Message);
        Assert.Equal(1, await check.Set<AskDecision>().CountAsync());
    }
}
