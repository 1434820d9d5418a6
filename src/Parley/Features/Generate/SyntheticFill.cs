using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Generate;

/// <summary>
/// Fills a store with synthetic rounds, recommendations and cases in batches: each batch is one save (one
/// transaction, audited and indexed for search like any other write), and the change tracker is emptied between
/// batches so memory stays flat however many records are asked for.
/// </summary>
internal sealed class SyntheticFill(ParleyDb db, int seed, TextWriter progress)
{
    public const int BatchSize = 1000;

    public sealed record Filled(int Rounds, int Recommendations, int Cases, TimeSpan Elapsed)
    {
        public int Total => Rounds + Recommendations + Cases;
    }

    public async Task<Filled> RunAsync(int rounds, int recommendations, int cases, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var sourceKey = $"synthetic-seed-{seed}";
        if (await db.Sources.AnyAsync(s => s.Key == sourceKey, ct))
            throw new UserError($"this store already holds records generated with seed {seed}; use another --seed or a fresh store");
        var parties = await db.Parties.ToDictionaryAsync(p => p.Key, ct);
        var channels = await db.Channels.OrderBy(c => c.Key).ToListAsync(ct);
        var areas = await db.IssueAreas.OrderBy(a => a.Key).ToListAsync(ct);
        if (!parties.ContainsKey("vn") || channels.Count == 0 || areas.Count == 0)
            throw new UserError("the store lacks the parties, channels and issue areas records link to; generate into a store made by 'parley init'");

        var source = new Source
        {
            Key = sourceKey, Title = $"Synthetic records made by parley generate (seed {seed})", Kind = SourceKind.Dataset,
            Note = "Not real: made up from a vocabulary of issue-area terms to try Parley out and to measure it at scale.",
        };
        db.Sources.Add(source);
        await db.SaveChangesAsync(ct);

        var records = new SyntheticRecords(seed, areas);
        var senders = new[] { "us", "eu" }.Where(parties.ContainsKey).Select(k => parties[k]).DefaultIfEmpty(parties["vn"]).ToList();
        var made = new List<Round>(rounds);
        await InBatchesAsync("rounds", rounds, i => db.Rounds.Add(records.Round(i, channels[i % channels.Count], source.Id)), r => made.AddRange(r.OfType<Round>()), ct);
        var roundIds = made.Select(r => r.Id).ToList();
        await InBatchesAsync("recommendations", recommendations,
            i => db.Recommendations.Add(records.Recommendation(i, senders[i % senders.Count], parties["vn"], roundIds, source.Id)), null, ct);
        await InBatchesAsync("cases", cases, i => db.Cases.Add(records.Case(i, parties["vn"], made, source.Id)), null, ct, attach: made);
        progress.WriteLine();
        return new Filled(rounds, recommendations, cases, clock.Elapsed);

        async Task InBatchesAsync(string kind, int count, Action<int> add, Action<IEnumerable<object>>? saved, CancellationToken token, IReadOnlyList<Round>? attach = null)
        {
            for (var start = 1; start <= count; start += BatchSize)
            {
                // The shared records are attached again as they are, so links point at them instead of adding copies.
                db.ChangeTracker.Clear();
                db.AttachRange(areas);
                db.AttachRange(parties.Values);
                if (attach is not null) db.AttachRange(attach);
                for (var i = start; i < Math.Min(count + 1, start + BatchSize); i++) add(i);
                var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
                await db.SaveChangesAsync(token);
                saved?.Invoke(added);
                var done = Math.Min(count, start + BatchSize - 1);
                progress.Write($"\rgenerating {kind}: {done:N0}/{count:N0} ({100.0 * done / count:F0}%), {clock.Elapsed.TotalSeconds:F0} s");
            }
            db.ChangeTracker.Clear();
        }
    }
}
