using System.Text;

namespace Parley.Features.Import;

/// <summary>What a user asked to import and how (the options of `parley import` and of the upload page).</summary>
public sealed record ImportRequest(string FileName, ImportFormat? Format = null, string? Kind = null, bool DryRun = false, bool Update = false,
    ImportMapping? Mapping = null, Encoding? Encoding = null)
{
    /// <summary>The state an OHCHR matrix of one state's recommendations is about, when the file has no column for it.</summary>
    public string? UnderReview { get; init; }
}
