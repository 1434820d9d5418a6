using Parley.Features.Tagging;

namespace Parley.Tests.Features.Tagging;

/// <summary>A small labelled set in four plain themes, as examples and as a UPR Info file, for models that train in a second.</summary>
public static class ThemeExamples
{
    public const string Header = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session";

    private static readonly (string Label, string[] Templates)[] Themes =
    [
        ("Death penalty", ["Abolish the death penalty", "Establish a moratorium on executions", "Commute all death sentences"]),
        ("Torture and other CID treatment", ["Prevent torture in places of detention", "Ratify the Optional Protocol to the Convention against Torture", "Investigate all allegations of torture and ill-treatment"]),
        ("Women's rights", ["Combat violence against women", "Promote gender equality and the participation of women", "Eliminate discrimination against women and girls"]),
        ("Right to education", ["Ensure free primary education for all children", "Improve access to schools in rural areas", "Increase the education budget and train more teachers"]),
    ];

    private static readonly string[] Endings =
        ["", " as soon as possible", " in law and in practice", " with the support of the international community", " by 2015", " and report on progress", " without delay", " in all provinces"];

    public static List<LabelledText> Examples() =>
        Themes.SelectMany(t => t.Templates.SelectMany(template => Endings.Select(e => new LabelledText(template + e, [t.Label])))).ToList();

    public static string UprFile(IEnumerable<LabelledText>? examples = null) =>
        Header + "\n" + string.Concat((examples ?? Examples()).Select((e, i) =>
            $"Viet Nam,Asia,ASEAN,\"{e.Text}\",Norway,WEOG,,Accepted,5,\"{string.Join(",", e.Labels)}\",{1 + i % 17}\n"));
}
