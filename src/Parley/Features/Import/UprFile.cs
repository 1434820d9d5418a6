using System.Text;
using Parley.Domain;
using Parley.Features.Interchange;

namespace Parley.Features.Import;

/// <summary>
/// A UPR Info file read and checked, not yet written: its rows, the problems found, and the source that stands for
/// the file. Reading needs no store, so a loader of several files reads the next while the previous is written.
/// </summary>
public sealed record UprFile(List<UprRow> Rows, List<ImportProblem> Problems, Source Source)
{
    public static UprFile Read(Stream stream, Encoding encoding, string file, ImportMapping mapping, ImportProgress progress)
    {
        var problems = new List<ImportProblem>();
        var rows = UprReader.Read(stream, encoding, file, mapping, problems, progress);
        var source = new Source
        {
            Key = "upr-info-" + PartyNames.Slug(Path.GetFileNameWithoutExtension(file)),
            Title = $"UPR Info database: recommendations, {Path.GetFileName(file)}",
            Kind = SourceKind.Dataset,
            Publisher = "UPR Info",
            Note = $"Imported from {Path.GetFileName(file)} ({TextDecoding.Describe(encoding)}); each recommendation cites its line in the file.",
        };
        return new UprFile(rows, problems, source);
    }
}
