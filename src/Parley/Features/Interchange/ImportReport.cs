namespace Parley.Features.Interchange;

/// <summary>Prints an import's outcome: every problem with its place, or what was added, updated and skipped per kind.</summary>
public static class ImportReport
{
    public static int Write(CliContext cli, ImportResult result)
    {
        if (!result.Succeeded)
        {
            foreach (var problem in result.Problems) cli.Error.WriteLine(problem);
            cli.Error.WriteLine($"parley: {result.Problems.Count} problem(s) found; nothing was written.");
            return ParleyCommandLine.ExitFailure;
        }
        foreach (var note in result.Notes) cli.Error.WriteLine($"note: {note}");
        var kinds = result.Added.Keys.Union(result.Skipped.Keys).Union(result.Updated.Keys).ToList();
        foreach (var kind in kinds)
        {
            var added = result.Added.GetValueOrDefault(kind);
            var updated = result.Updated.GetValueOrDefault(kind);
            var skipped = result.Skipped.GetValueOrDefault(kind);
            if (added + updated + skipped == 0) continue;
            var update = result.Updated.Count > 0 ? $"   {(result.DryRun ? "would update" : "updated")} {updated,6}" : "";
            cli.Out.WriteLine($"  {kind,-18} {(result.DryRun ? "would add" : "added")} {added,6}{update}   skipped {skipped,6} (already stored)");
        }
        var updatedPart = result.TotalUpdated > 0 ? $", {result.TotalUpdated} {(result.DryRun ? "would be updated" : "updated")}" : "";
        cli.Out.WriteLine(result.DryRun
            ? $"Dry run: {result.TotalAdded} record(s) would be added{updatedPart}, {result.TotalSkipped} skipped; nothing was written."
            : result.TotalAdded == 0 && result.TotalUpdated == 0
                ? $"Nothing to add: all {result.TotalSkipped} record(s) are already stored."
                : $"Imported {result.TotalAdded} record(s){updatedPart}; {result.TotalSkipped} already stored were skipped.");
        return 0;
    }
}
