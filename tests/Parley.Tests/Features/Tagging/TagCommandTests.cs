using Parley.Tests.Support;

namespace Parley.Tests.Features.Tagging;

/// <summary>
/// `parley tag predict` on UPR Info files: every row labelled in order, and bad files refused with file and line;
/// `parley tag evaluate` scoring those predictions against a file's own labels.
/// </summary>
public class TagCommandTests
{
    [Fact]
    public async Task Predict_labels_every_row_in_order_with_the_shipped_model_when_there_is_no_store()
    {
        using var store = new TempStore();

        var (run, lines) = await PredictAsync(store,
            "Viet Nam,Asia,ASEAN,Abolish the death penalty and commute all death sentences,Norway,WEOG,,Accepted,5,Whatever,34",
            "Viet Nam,Asia,ASEAN,\"Guarantee freedom of expression, and release bloggers\",Sweden,WEOG,EU,Noted,4,,34",
            "Viet Nam,Asia,ASEAN,Ensure access to primary education for children of ethnic minorities,Chile,GRULAC,OAS,Accepted,4,,34");

        Assert.Contains("3 row(s) labelled", run.Out);
        Assert.True(await store.IsMissingAsync(), "predicting must not create a store");
        Assert.Equal("Text,Issue", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("\"Abolish the death penalty", lines[1]);
        Assert.Contains("Death penalty", lines[1]);
        Assert.DoesNotContain("Whatever", lines[1]);
        Assert.StartsWith("\"Guarantee freedom of expression, and release bloggers\",\"", lines[2]);
        Assert.Contains("Freedom of opinion and expression", lines[2]);
        Assert.Contains("Right to education", lines[3]);
        Assert.All(lines.Skip(1), l => Assert.DoesNotMatch(",\"\"$", l));
    }

    [Fact]
    public async Task Predict_labels_rows_of_a_later_session_whose_other_columns_the_importer_would_refuse()
    {
        using var store = new TempStore();

        // A response wording the importer does not know, a blank recommending state, no action category and no session:
        // none of it says anything about a text's themes, so none of it may stop the labelling.
        var (run, lines) = await PredictAsync(store,
            "Viet Nam,Asia,ASEAN,Abolish the death penalty and commute all death sentences,Norway,WEOG,,Supported in part,,,",
            "Viet Nam,Asia,ASEAN,Ensure access to primary education for children of ethnic minorities,,,,,x,,");

        Assert.Contains("2 row(s) labelled", run.Out);
        Assert.Equal(3, lines.Length);
        Assert.Contains("Death penalty", lines[1]);
        Assert.Contains("Right to education", lines[2]);
    }

    [Fact]
    public async Task Evaluate_scores_the_predictions_against_the_files_labels_and_names_labels_the_model_does_not_know()
    {
        using var store = new TempStore();
        string[] rows =
        [
            "Viet Nam,Asia,ASEAN,Abolish the death penalty and commute all death sentences,Norway,WEOG,,Accepted,5,Death penalty,34",
            "Viet Nam,Asia,ASEAN,\"Guarantee freedom of expression, and release bloggers\",Sweden,WEOG,EU,Noted,4,\"Freedom of opinion and expression,Human rights defenders\",34",
            "Viet Nam,Asia,ASEAN,Ensure access to primary education for children of ethnic minorities,Chile,GRULAC,OAS,Accepted,4,\"Right to education,Minorities\",34",
            "Viet Nam,Asia,ASEAN,Protect the rights of workers in the informal sector,Chile,GRULAC,OAS,Supported in part,,\"Labour,Made-up theme\",",
            "Viet Nam,Asia,ASEAN,Combat violence against women,Chile,GRULAC,OAS,Accepted,4,,34",
        ];
        var (_, predictedLines) = await PredictAsync(store, rows);
        var truth = new[] { "Death penalty", "Freedom of opinion and expression,Human rights defenders", "Right to education,Minorities", "Labour,Made-up theme" };
        // The same figure worked out here from what `tag predict` wrote, row by row.
        var (tp, fp, fn) = (0, 0, 0);
        foreach (var (line, labels) in predictedLines.Skip(1).Zip(truth))
        {
            var predicted = line[(line.LastIndexOf(",\"", StringComparison.Ordinal) + 2)..^1].Split(',').ToHashSet();
            var expected = labels.Split(',').ToHashSet();
            (tp, fp, fn) = (tp + predicted.Intersect(expected).Count(), fp + predicted.Except(expected).Count(), fn + expected.Except(predicted).Count());
        }

        var run = await Cli.OkAsync("tag", "evaluate", store.File("review.csv"), "--labels", "--db", store.Path);

        Assert.Contains("4 labelled row(s) of review.csv scored with model", run.Out);
        Assert.Contains("(1 without labels left out)", run.Out);
        Assert.Contains($"micro-F1 {2.0 * tp / (2.0 * tp + fp + fn):F3}", run.Out);
        Assert.Contains("over the 7 label(s) the file uses", run.Out);
        Assert.Contains("labels the model does not know (each row with one counts as a miss): Made-up theme (1)", run.Out);
        Assert.Contains("Made-up theme\t1\t0.000\t0.000\t0.000", run.Out);
        Assert.Matches(@"Death penalty\t1\t1\.000\t1\.000\t1\.000", run.Out);
        Assert.True(await store.IsMissingAsync(), "evaluating must not create a store");
    }

    [Fact]
    public async Task Evaluate_refuses_a_file_without_labels_to_score_against()
    {
        using var store = new TempStore();
        var input = store.File("unlabelled.csv");
        await File.WriteAllTextAsync(input, ThemeExamples.Header + "\nViet Nam,Asia,ASEAN,Abolish the death penalty,Norway,WEOG,,Accepted,5,,34\n");

        var run = await Cli.RunAsync("tag", "evaluate", input, "--db", store.Path);

        Assert.True(run.Exit != 0);
        Assert.Contains("unlabelled.csv: no row has labels in its Issue column to score against", run.Error);
    }

    /// <summary>Runs `tag predict` on a UPR Info file of these rows (after the header), with no store; its output's lines.</summary>
    private static async Task<(Cli.Run Run, string[] Lines)> PredictAsync(TempStore store, params string[] rows)
    {
        var input = store.File("review.csv");
        await File.WriteAllTextAsync(input, ThemeExamples.Header + "\n" + string.Join("", rows.Select(r => r + "\n")));
        var output = store.File("themes.csv");
        var run = await Cli.OkAsync("tag", "predict", input, "--out", output, "--db", store.Path);
        return (run, await File.ReadAllLinesAsync(output));
    }

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "empty text", ThemeExamples.Header + "\nViet Nam,Asia,ASEAN,Abolish the death penalty,Norway,WEOG,,Accepted,5,,34\nViet Nam,Asia,ASEAN,,Norway,WEOG,,Accepted,5,,34\n", "bad.csv:3: Text: the recommendation's text is missing" },
        { "unknown column", ThemeExamples.Header + ",Colour\nViet Nam,Asia,ASEAN,Abolish the death penalty,Norway,WEOG,,Accepted,5,,34,red\n", "bad.csv:1: header: unknown column(s) 'Colour'" },
        { "another layout", "key,name,kind\nvn,Viet Nam,State\n", "bad.csv:1: header: not the UPR Info layout" },
        { "no rows", ThemeExamples.Header + "\n", "bad.csv:2: no recommendation rows" },
    };

    [Theory, MemberData(nameof(BadFiles))]
    public async Task Predict_refuses_a_bad_file_naming_file_and_line_and_writes_nothing(string what, string content, string expected)
    {
        using var store = new TempStore();
        var input = store.File("bad.csv");
        await File.WriteAllTextAsync(input, content);
        var output = store.File("themes.csv");

        var run = await Cli.RunAsync("tag", "predict", input, "--out", output, "--db", store.Path);

        Assert.True(run.Exit != 0, what);
        Assert.Contains(expected, run.Error);
        Assert.False(File.Exists(output), what);
    }
}
