using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Search;
using Parley.Store;

namespace Parley.Features.Generate;

/// <summary>
/// Fills a store with synthetic rounds, recommendations and cases in batches, one transaction each, so memory stays
/// flat however many records are asked for. Rounds, recommendations and cases are written as rows by
/// <see cref="GeneratedRows"/>, indexed for search in the same transaction and audited with one entry per batch;
/// the next batch is built on a second thread while one is written.
/// </summary>
internal sealed class SyntheticFill(ParleyDb db, int seed, CliProgress progress)
{
    /// <summary>The parties generated recommendations come from, those of them the store holds.</summary>
    private static readonly string[] Senders = ["us", "eu"];

    /// <summary>Records per transaction on the bulk path: large enough that commits cost little, small enough to show progress.</summary>
    public const int BulkBatchSize = 20_000;

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
        if (!parties.TryGetValue("vn", out var vietnam) || channels.Count == 0 || areas.Count == 0)
            throw new UserError("the store lacks the parties, channels and issue areas records link to; generate into a store made by 'parley init'");
        await SearchBulkLoad.BeginAsync(db, ct);

        var source = new Source
        {
            Key = sourceKey, Title = $"Synthetic records made by parley generate (seed {seed})", Kind = SourceKind.Dataset,
            Note = "Not real: made up from a vocabulary of issue-area terms to try Parley out and to measure it at scale.",
        };
        db.Sources.Add(source);
        await db.SaveChangesAsync(ct);

        var records = new SyntheticRecords(seed, areas);
        var senders = Senders.Where(parties.ContainsKey).Select(k => parties[k]).DefaultIfEmpty(vietnam).ToList();
        var rows = await GeneratedRows.CreateAsync(db, ct);
        await using var bulk = await SqliteBulkWrites.StartAsync(db, ct);
        var made = new List<Round>(rounds);
        await InBulkAsync("rounds", rounds, i => records.Round(i, channels[i % channels.Count], source.Id), async (batch, token) =>
        {
            await rows.WriteAsync(batch, token);
            made.AddRange(batch);
        }, ct);
        var roundIds = made.Select(r => r.Id).ToList();
        await InBulkAsync("recommendations", recommendations, i =>
        {
            var recommendation = records.Recommendation(i, senders[i % senders.Count], vietnam, roundIds, source.Id);
            return (recommendation, SearchIndexer.EntryFor(recommendation));
        }, rows.WriteAsync, ct);
        await InBulkAsync("cases", cases, i =>
        {
            var @case = records.Case(i, vietnam, made, source.Id);
            return (@case, SearchIndexer.EntryFor(@case));
        }, rows.WriteAsync, ct);
        await SearchBulkLoad.FinishAsync(db, ct);
        await StoreStatistics.RefreshAsync(db, ct);
        progress.Finish();
        return new Filled(rounds, recommendations, cases, clock.Elapsed);

        // Many records: built in order (so the same seed gives the same records) on a second thread, each batch while
        // the one before is written, and written as rows, a batch per transaction.
        async Task InBulkAsync<T>(string kind, int count, Func<int, T> make, Func<IReadOnlyList<T>, CancellationToken, Task> write, CancellationToken token)
        {
            List<T> Build(int start)
            {
                var batch = new List<T>(BulkBatchSize);
                for (var i = start; i < Math.Min(count + 1, start + BulkBatchSize); i++) batch.Add(make(i));
                return batch;
            }
            var next = count > 0 ? Task.Run(() => Build(1), token) : null;
            for (var start = 1; start <= count; start += BulkBatchSize)
            {
                var batch = await next!;
                var following = start + BulkBatchSize;
                next = following <= count ? Task.Run(() => Build(following), token) : null;
                await write(batch, token);
                bulk?.Committed();
                Report(kind, start + batch.Count - 1, count);
            }
        }

        void Report(string kind, int done, int count) =>
            progress.Report($"generating {kind}: {done:N0}/{count:N0} ({100.0 * done / count:F0}%), {clock.Elapsed.TotalSeconds:F0} s", milestone: done == count);
    }
}
