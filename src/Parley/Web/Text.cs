namespace Parley.Web;

/// <summary>
/// The interface's fixed text: Text.resx holds the English, Text.vi.resx the Vietnamese, under the same names.
/// Pages ask for it through IStringLocalizer&lt;Text&gt; (injected as T in every page).
/// </summary>
public sealed class Text;
