namespace Parley.Features.Tagging;

/// <summary>
/// The Sustainable Development Goal a UPR Info label most directly relates to, where the link is plain (the goal's
/// own subject); labels about process or civil rights in general have none here.
/// </summary>
public static class ThemeSdgs
{
    private static readonly Dictionary<string, string> Goals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Poverty"] = "SDG 1 No poverty",
        ["Right to food"] = "SDG 2 Zero hunger",
        ["Right to health"] = "SDG 3 Good health and well-being",
        ["HIV - Aids"] = "SDG 3 Good health and well-being",
        ["Right to education"] = "SDG 4 Quality education",
        ["Human rights education and training"] = "SDG 4 Quality education",
        ["Women's rights"] = "SDG 5 Gender equality",
        ["Right to water"] = "SDG 6 Clean water and sanitation",
        ["Labour"] = "SDG 8 Decent work and economic growth",
        ["Development"] = "SDG 8 Decent work and economic growth",
        ["Racial discrimination"] = "SDG 10 Reduced inequalities",
        ["Migrants"] = "SDG 10 Reduced inequalities",
        ["Disabilities"] = "SDG 10 Reduced inequalities",
        ["Right to housing"] = "SDG 11 Sustainable cities and communities",
        ["Environment"] = "SDG 13 Climate action",
        ["Right to land"] = "SDG 15 Life on land",
        ["Justice"] = "SDG 16 Peace, justice and strong institutions",
        ["Corruption"] = "SDG 16 Peace, justice and strong institutions",
        ["Impunity"] = "SDG 16 Peace, justice and strong institutions",
        ["Torture and other CID treatment"] = "SDG 16 Peace, justice and strong institutions",
        ["Trafficking"] = "SDG 16 Peace, justice and strong institutions",
        ["Rights of the Child"] = "SDG 16 Peace, justice and strong institutions",
        ["Freedom of opinion and expression"] = "SDG 16 Peace, justice and strong institutions",
        ["Freedom of the press"] = "SDG 16 Peace, justice and strong institutions",
        ["NHRI"] = "SDG 16 Peace, justice and strong institutions",
        ["Technical assistance and cooperation"] = "SDG 17 Partnerships for the goals",
    };

    public static string? Of(string label) => Goals.GetValueOrDefault(label);
}
