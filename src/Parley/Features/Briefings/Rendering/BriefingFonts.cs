using System.Diagnostics;
using SkiaSharp;

namespace Parley.Features.Briefings.Rendering;

/// <summary>
/// Finds a Unicode TrueType font on the machine for the PDF (Vietnamese needs its diacritics), preferring DejaVu Sans.
/// Looked up with fontconfig, then in the usual font folders; no path is assumed.
/// </summary>
public sealed class BriefingFonts
{
    private static readonly Lazy<BriefingFonts> Found = new(Find);

    private BriefingFonts(SKTypeface regular, SKTypeface bold) => (Regular, Bold) = (regular, bold);

    public SKTypeface Regular { get; }
    public SKTypeface Bold { get; }

    /// <summary>The fonts for the PDF; throws a <see cref="UserError"/> when the machine has none.</summary>
    public static BriefingFonts Get() => Found.Value;

    private static BriefingFonts Find()
    {
        var regular = Find("DejaVu Sans", "DejaVuSans.ttf") ?? Find("Noto Sans", "NotoSans-Regular.ttf") ?? Find("Liberation Sans", "LiberationSans-Regular.ttf")
            ?? throw new UserError("no Unicode TrueType font was found for the PDF (install Debian's fonts-dejavu-core); Markdown and HTML briefings still work");
        var bold = Find("DejaVu Sans:bold", "DejaVuSans-Bold.ttf") ?? Find("Noto Sans:bold", "NotoSans-Bold.ttf") ?? regular;
        return new BriefingFonts(SKTypeface.FromFile(regular), SKTypeface.FromFile(bold));
    }

    private static string? Find(string pattern, string fileName) => FromFontconfig(pattern, fileName) ?? FromFolders(fileName);

    private static string? FromFontconfig(string pattern, string fileName)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("fc-match", ["-f", "%{file}", pattern]) { RedirectStandardOutput = true, RedirectStandardError = true });
            if (process is null) return null;
            var path = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            // fc-match always answers with something; only accept the face that was asked for.
            return Path.GetFileName(path) == fileName && File.Exists(path) ? path : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static string? FromFolders(string fileName)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string[] folders = ["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(home, ".fonts"), Path.Combine(home, ".local/share/fonts"), "/Library/Fonts", @"C:\Windows\Fonts"];
        return folders.Where(Directory.Exists)
            .Select(f => Directory.EnumerateFiles(f, fileName, SearchOption.AllDirectories).FirstOrDefault())
            .FirstOrDefault(p => p is not null);
    }
}
