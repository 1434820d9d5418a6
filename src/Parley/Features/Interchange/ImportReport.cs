namespace Parley.Features.Interchange;

/// <summary>Prints an import's outcome: every problem with its place, or what was added, updated, unchanged and skipped per kind.</summary>
public static class ImportReport
{
    /// <summary>Changed records listed one by one before the rest are summed up.</summary>
    private const int ChangesListed = 20;

    public static int Write(CliContext cli, ImportResult result)
    {
        if (!result.Succeeded)
        {
            foreach (var problem in result.Problems) cli.Error.WriteLine(problem);
            cli.Error.WriteLine($"parley: {result.Problems.Count} problem(s) found; nothing was written.");
            return ParleyCommandLine.ExitFailure;
        }
        foreach (var note in result.Notes) cli.Error.WriteLine($"note: {note}");
        var dry = result.DryRun;
        var kinds = result.Added.Keys.Union(result.Skipped.Keys).Union(result.Updated.Keys).Union(result.Unchanged.Keys).ToList();
        foreach (var kind in kinds)
        {
            var added = result.Added.GetValueOrDefault(kind);
            var updated = result.Updated.GetValueOrDefault(kind);
            var unchanged = result.Unchanged.GetValueOrDefault(kind);
            var skipped = result.Skipped.GetValueOrDefault(kind);
            if (added + updated + unchanged + skipped == 0) continue;
            var update = result.Updated.Count > 0 ? $"   {(dry ? "would update" : "updated")} {updated,6}" : "";
            var same = result.Unchanged.Count > 0 ? $"   unchanged {unchanged,6}" : "";
            cli.Out.WriteLine($"  {kind,-18} {(dry ? "would add" : "added")} {added,6}{update}{same}   skipped {skipped,6} (already stored)");
        }

        var applied = result.TotalUpdated > 0;
        foreach (var change in result.Changes.Take(ChangesListed))
            cli.Out.WriteLine($"  {(applied ? dry ? "would update" : "updated" : "differs")}: {change.Kind} '{change.Key}'{(change.Line is { } line ? $" (line {line})" : "")}: {string.Join(", ", change.Fields)}");
        if (result.Changes.Count > ChangesListed) cli.Out.WriteLine($"  … and {result.Changes.Count - ChangesListed} more");
        if (!applied && result.Changes.Count > 0)
            cli.Out.WriteLine($"{result.Changes.Count} stored record(s) differ from the file and were left as they are; --update applies the file's values.");

        var stored = result.TotalSkipped + result.TotalUnchanged;
        var updatedPart = applied ? $", {result.TotalUpdated} {(dry ? "would be updated" : "updated")}" : "";
        cli.Out.WriteLine(dry
            ? $"Dry run: {result.TotalAdded} record(s) would be added{updatedPart}, {stored} already stored; nothing was written."
            : result.TotalAdded == 0 && !applied
                ? $"Nothing to add: all {stored} record(s) are already stored."
                : $"Imported {result.TotalAdded} record(s){updatedPart}; {stored} already stored were left as they are.");
        return 0;
    }
}
