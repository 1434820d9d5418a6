namespace Parley.Features.Interchange;

/// <summary>Prints an import's outcome: every problem with its place, or what was added and skipped per kind.</summary>
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
        foreach (var (kind, added) in result.Added.Where(a => a.Value > 0 || result.Skipped[a.Key] > 0))
            cli.Out.WriteLine($"  {kind,-18} {(result.DryRun ? "would add" : "added")} {added,6}   skipped {result.Skipped[kind],6} (already stored)");
        cli.Out.WriteLine(result.DryRun
            ? $"Dry run: {result.TotalAdded} record(s) would be added, {result.TotalSkipped} skipped; nothing was written."
            : result.TotalAdded == 0
                ? $"Nothing to add: all {result.TotalSkipped} record(s) are already stored."
                : $"Imported {result.TotalAdded} record(s); {result.TotalSkipped} already stored were skipped.");
        return 0;
    }
}
