using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Parley.Domain;
using Parley.Web.Localization;

namespace Parley.Features.FollowUp;

/// <summary>
/// What a file given as evidence must be before it is kept: not empty, not larger than the configured limit, and of a
/// kind on the list below as its first bytes show (an extension alone proves nothing: a program renamed "decree.pdf" is
/// refused), named with an extension of that kind. Its name is kept without folders or characters that could mislead a
/// reader or break a download. A mistake is a <see cref="UserError"/> on the field "file", and nothing is written.
/// </summary>
public static class EvidenceUpload
{
    /// <summary>The kinds kept, for messages and the file picker.</summary>
    /// <summary>The kinds kept, for a refusal: "PDF, PNG, … or spreadsheet" in the reader's language.</summary>
    public static readonly Message KindsAccepted = new("FollowUpErr.KindsAccepted");

    /// <summary>The extensions of the kinds kept, for the file picker's "accept".</summary>
    public static string Extensions => string.Join(",", Kinds.SelectMany(k => k.Extensions));

    /// <summary>A kind of file kept; <paramref name="Name"/> is its entry in Web/Text.resx ("a PDF").</summary>
    private sealed record Kind(string Name, string ContentType, string[] Extensions, Func<byte[], bool> Matches)
    {
        public Message Label => new(Name);
    }

    private static readonly Kind[] Kinds =
    [
        new("FollowUpKind.pdf", "application/pdf", [".pdf"], c => Starts(c, "%PDF-"u8)),
        new("FollowUpKind.png", "image/png", [".png"], c => Starts(c, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])),
        new("FollowUpKind.jpg", "image/jpeg", [".jpg", ".jpeg"], c => Starts(c, [0xFF, 0xD8, 0xFF])),
        new("FollowUpKind.gif", "image/gif", [".gif"], c => Starts(c, "GIF87a"u8) || Starts(c, "GIF89a"u8)),
        new("FollowUpKind.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"], c => OfficeZip(c, "word/")),
        new("FollowUpKind.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"], c => OfficeZip(c, "xl/")),
        new("FollowUpKind.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", [".pptx"], c => OfficeZip(c, "ppt/")),
        new("FollowUpKind.odt", "application/vnd.oasis.opendocument.text", [".odt"], c => OpenDocument(c, "application/vnd.oasis.opendocument.text")),
        new("FollowUpKind.ods", "application/vnd.oasis.opendocument.spreadsheet", [".ods"], c => OpenDocument(c, "application/vnd.oasis.opendocument.spreadsheet")),
        new("FollowUpKind.csv", "text/csv; charset=utf-8", [".csv"], PlainText),
        new("FollowUpKind.txt", "text/plain; charset=utf-8", [".txt", ".md"], PlainText),
    ];

    /// <summary>
    /// The file as it will be kept for a report, or a <see cref="UserError"/> saying why not; the report's number and
    /// who uploaded it are filled in when it is saved.
    /// </summary>
    public static EvidenceFile Check(string? givenName, byte[] content, long largest)
    {
        var name = SafeName(givenName);
        TooLarge(name, content.LongLength, largest);
        if (content.Length == 0) throw new UserError(new Message("FollowUpErr.EmptyFile", name));
        return new EvidenceFile
        {
            FileName = name,
            ContentType = ContentTypeOf(name, content),
            Size = content.LongLength,
            Sha256 = Sha256(content),
            Content = content,
        };
    }

    /// <summary>Refuses a file over the limit by its size alone, before it is read.</summary>
    public static void TooLarge(string name, long size, long largest)
    {
        if (size <= largest) return;
        var (given, most) = (Size(size), Size(largest));
        // "2 KB; at most 2 KB" says nothing: close to the limit, the exact numbers.
        if (given == most) (given, most) = (Bytes(size), Bytes(largest));
        throw new UserError(new Message("FollowUpErr.TooLarge", name, given, most, InputLimits.EvidenceBytesVariable));
    }

    /// <summary>The content type the file's first bytes show, when its extension names the same kind; otherwise a <see cref="UserError"/>.</summary>
    public static string ContentTypeOf(string name, byte[] content)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var named = Kinds.FirstOrDefault(k => k.Extensions.Contains(extension));
        if (named is not null && named.Matches(content)) return named.ContentType;
        var found = Kinds.FirstOrDefault(k => k.Matches(content));
        if (found is not null) throw new UserError(new Message("FollowUpErr.HoldsOtherKind", name, found.Label, string.Join(" / ", found.Extensions)));
        throw new UserError(named is null
            ? new Message("FollowUpErr.NotEvidenceKind", name, KindsAccepted)
            : new Message("FollowUpErr.NotWhatItsNameSays", name, named.Label, KindsAccepted));
    }

    /// <summary>
    /// The name without folders, control or direction-changing characters (which can make "gpj.exe" read as "exe.jpg"),
    /// or characters Windows refuses in a file name; at most 255 characters, the extension kept.
    /// </summary>
    public static string SafeName(string? given)
    {
        var name = (given ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var safe = new StringBuilder(name.Length);
        foreach (var c in name)
            safe.Append(char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format || "<>:\"|?*".Contains(c) ? '_' : c);
        var kept = safe.ToString().Trim().Trim('.').Trim();
        if (kept.Length == 0) kept = "evidence";
        if (kept.Length > 255)
        {
            var extension = Path.GetExtension(kept);
            extension = extension.Length > 20 ? "" : extension;
            kept = kept[..(255 - extension.Length)] + extension;
        }
        return kept;
    }

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>A size as people read it: "900 bytes", "12.5 KB", "3.2 MB" (1 KB = 1,024 bytes).</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };

    private static string Bytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes");

    private static bool Starts(byte[] content, ReadOnlySpan<byte> magic) => content.AsSpan().StartsWith(magic);

    /// <summary>An Office Open XML file: a zip with a [Content_Types].xml and the part folder of its kind.</summary>
    private static bool OfficeZip(byte[] content, string folder) =>
        Entries(content) is { } names && names.Contains("[Content_Types].xml") && names.Any(n => n.StartsWith(folder, StringComparison.Ordinal));

    /// <summary>An OpenDocument file: a zip whose "mimetype" entry names its kind.</summary>
    private static bool OpenDocument(byte[] content, string mimeType)
    {
        if (!Starts(content, "PK\u0003\u0004"u8)) return false;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            if (zip.GetEntry("mimetype") is not { Length: < 200 } entry) return false;
            using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
            return reader.ReadToEnd().Trim() == mimeType;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static HashSet<string>? Entries(byte[] content)
    {
        if (!Starts(content, "PK\u0003\u0004"u8)) return null;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            return [.. zip.Entries.Select(e => e.FullName)];
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Text: valid UTF-8 (ASCII included) without control characters other than tabs, line and page breaks.</summary>
    private static bool PlainText(byte[] content)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        return !text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'));
    }
}
