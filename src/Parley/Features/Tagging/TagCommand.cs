using System.CommandLine;
using System.Diagnostics;
using Parley.Store;

namespace Parley.Features.Tagging;

/// <summary>
/// `parley tag`: train the theme model (train), label a UPR Info file (predict), score the model on a labelled one
/// (evaluate), store suggestions for the recommendations without issue areas (apply), and confirm or reject one
/// (confirm, reject).
/// </summary>
public static class TagCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("tag", "Suggest themes (UPR Info issue labels) for recommendations with a model trained on labelled ones.");
        command.Subcommands.Add(Train(cli));
        command.Subcommands.Add(Predict(cli));
        command.Subcommands.Add(Evaluate(cli));
        command.Subcommands.Add(Apply(cli));
        command.Subcommands.Add(Decide(cli, confirm: true));
        command.Subcommands.Add(Decide(cli, confirm: false));
        return command;
    }

    private static Command Train(CliContext cli)
    {
        var from = new Option<string[]>("--from") { Description = "UPR Info files whose Issue column to learn from (the store keeps issue areas, not those labels)", HelpName = "FILE", AllowMultipleArgumentsPerToken = true };
        var trainer = new Option<ThemeTrainerKind>("--trainer") { Description = "The binary trainer fitted per label", DefaultValueFactory = _ => new ThemeTrainingOptions().Trainer };
        var output = new Option<string?>("--out") { Description = "Write the model to this file instead of the store (how the shipped model is made)", HelpName = "MODEL" };
        var command = new Command("train", "Train the theme model on labelled recommendations: UPR Info files and the themes editors confirmed or rejected in the store. The model is kept in the store and used from then on.");
        foreach (var option in new Option[] { from, trainer, output }) command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            var files = parse.GetValue(from) ?? [];
            var path = parse.GetValue(output);
            await using var db = path is null || !await ParleyStore.IsMissingAsync(cli.Location(parse), ct) ? await ParleyStore.OpenExistingAsync(cli.Location(parse), ct) : null;
            var (examples, description) = db is null
                ? (UprFiles.Read(files).Select(r => new LabelledText(r.Text, r.Issues)).ToList(), $"{files.Length} UPR Info file(s): {string.Join(", ", files.Select(Path.GetFileName))}")
                : await ThemeTrainingData.CollectAsync(db, files, ct);
            cli.Out.WriteLine($"training on {examples.Count:N0} labelled recommendation(s): {description}");
            var clock = Stopwatch.StartNew();
            var model = ThemeTrainer.Train(examples, new ThemeTrainingOptions { Trainer = parse.GetValue(trainer) }, description, cli.Error);
            cli.Out.WriteLine($"model {model.Info.Version}: {model.Labels.Count} labels, trained in {clock.Elapsed.TotalSeconds:F0} s; " +
                $"on texts held out from the model that scored them micro-F1 {model.Info.ValidationMicroF1:F3}, macro-F1 {model.Info.ValidationMacroF1:F3}");
            if (path is not null)
            {
                await File.WriteAllBytesAsync(path, model.ToBytes(), ct);
                cli.Out.WriteLine($"written to {path} ({new FileInfo(path).Length / 1024:N0} KiB)");
            }
            else
            {
                db!.Actor = $"cli:{Environment.UserName}";
                await ThemeModels.SaveAsync(db, model, ct);
                cli.Out.WriteLine("kept in the store; suggestions use it from now on (parley tag apply to refresh the stored ones)");
            }
            return 0;
        });
        return command;
    }

    private static Command Predict(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "A UPR Info CSV (To, To-Rgrp, To-Org, Text, From, From-Rgrp, From-Org, Response, Action, Issue, Session); its Issue column is ignored" };
        var output = new Option<string>("--out") { Description = "The CSV to write: Text and Issue (the predicted labels, comma-separated), one row per input row", HelpName = "OUT.csv", Required = true };
        var model = ModelOption();
        var command = new Command("predict", "Label every row of a UPR Info file with the themes the model predicts.") { file, output, model };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            var rows = UprFiles.Read(path, forPrediction: true);
            var themes = await ModelAsync(cli, parse, parse.GetValue(model), ct);
            var clock = Stopwatch.StartNew();
            var predicted = themes.Predict(rows.Select(r => r.Text).ToList());
            ThemeCsv.Write(parse.GetValue(output)!, rows.Zip(predicted, (r, p) => (r.Text, (IReadOnlyList<string>)p.Select(x => x.Label).ToList())));
            cli.Out.WriteLine($"{rows.Count:N0} row(s) labelled in {clock.Elapsed.TotalSeconds:F1} s with model {themes.Info.Version}; written to {parse.GetValue(output)}");
            return 0;
        });
        return command;
    }

    private static Command Evaluate(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "A UPR Info CSV whose Issue column holds the true labels (rows without any are not scored)" };
        var model = ModelOption();
        var perLabel = new Option<bool>("--labels") { Description = "Also each label's rows, precision, recall and F1" };
        var command = new Command("evaluate", "Score the model on a UPR Info file labelled by people: micro- and macro-F1 of the labels it predicts against the file's Issue column.")
        {
            file, model, perLabel,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            // Checked as for prediction: only the texts and their labels matter, not how a later session words its responses.
            var all = UprFiles.Read(path, forPrediction: true);
            var rows = all.Where(r => r.Issues.Count > 0).ToList();
            if (rows.Count == 0) throw new UserError($"{Path.GetFileName(path)}: no row has labels in its Issue column to score against");
            var themes = await ModelAsync(cli, parse, parse.GetValue(model), ct);
            var clock = Stopwatch.StartNew();
            var predicted = themes.Predict(rows.Select(r => r.Text).ToList()).Select(p => p.Select(x => x.Label).ToList()).ToList();
            var seconds = clock.Elapsed.TotalSeconds;
            var known = themes.Labels.Select(l => l.Label).ToHashSet(StringComparer.Ordinal);
            // A label the model never learnt still counts: every row that has it is a miss.
            var labels = known.Concat(rows.SelectMany(r => r.Issues)).Distinct(StringComparer.Ordinal).ToList();
            var score = ThemeScore.Of(rows.Select(r => r.Issues).ToList(), predicted, labels);
            var scored = score.PerLabel.Count(l => l.Support > 0);
            cli.Out.WriteLine($"{rows.Count:N0} labelled row(s) of {Path.GetFileName(path)} scored with model {themes.Info.Version}" +
                (all.Count > rows.Count ? $" ({all.Count - rows.Count:N0} without labels left out)" : ""));
            cli.Out.WriteLine($"micro-F1 {score.MicroF1:F3} (precision {score.MicroPrecision:F3}, recall {score.MicroRecall:F3}), macro-F1 {score.MacroF1:F3} over the {scored} label(s) the file uses; " +
                $"predicted at {rows.Count / Math.Max(seconds, 1e-6):N0} rows/s");
            if (score.PerLabel.Where(l => l.Support > 0 && !known.Contains(l.Label)).ToList() is { Count: > 0 } unknown)
                cli.Out.WriteLine($"labels the model does not know (each row with one counts as a miss): {string.Join(", ", unknown.Select(l => $"{l.Label} ({l.Support:N0})"))}");
            if (parse.GetValue(perLabel))
            {
                cli.Out.WriteLine("label\trows\tprecision\trecall\tF1");
                foreach (var l in score.PerLabel.Where(l => l.Support > 0).OrderByDescending(l => l.Support).ThenBy(l => l.Label, StringComparer.Ordinal))
                    cli.Out.WriteLine($"{l.Label}\t{l.Support}\t{l.Precision:F3}\t{l.Recall:F3}\t{l.F1:F3}");
            }
            return 0;
        });
        return command;
    }

    private static Option<string?> ModelOption() =>
        new("--model") { Description = "A model file written by tag train --out (default: the store's model, or the shipped one)", HelpName = "MODEL" };

    private static async Task<ThemeModel> ModelAsync(CliContext cli, ParseResult parse, string? file, CancellationToken ct)
    {
        if (file is not null)
        {
            if (!File.Exists(file)) throw new UserError($"model file not found: {file}");
            await using var stream = File.OpenRead(file);
            return ThemeModel.Load(stream, file);
        }
        var location = cli.Location(parse);
        if (await ParleyStore.IsMissingAsync(location, ct)) return ThemeModels.Shipped;
        await using var db = await ParleyStore.OpenExistingAsync(location, ct);
        return await ThemeModels.CurrentAsync(db, ct);
    }

    private static Command Apply(CliContext cli)
    {
        var all = new Option<bool>("--all") { Description = "Suggest for every recommendation, not only those without issue areas" };
        var command = new Command("apply", "Store theme suggestions for the recommendations that have no issue area, for editors to confirm or reject.");
        command.Options.Add(all);
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await ParleyStore.OpenExistingAsync(cli.Location(parse), ct);
            db.Actor = $"cli:{Environment.UserName}";
            var (recommendations, suggestions) = await ThemeSuggestions.ApplyAsync(db, parse.GetValue(all), cli.Error, ct);
            cli.Out.WriteLine($"{suggestions:N0} theme suggestion(s) stored for {recommendations:N0} recommendation(s) with model {(await ThemeModels.CurrentAsync(db, ct)).Info.Version}");
            return 0;
        });
        return command;
    }

    private static Command Decide(CliContext cli, bool confirm)
    {
        var key = new Argument<string>("KEY") { Description = "The recommendation's key" };
        var label = new Argument<string>("LABEL") { Description = "The theme, as the UPR Info files spell it (\"Labour\")" };
        var command = new Command(confirm ? "confirm" : "reject", confirm
            ? "Confirm a theme of a recommendation: it is filed under the label's issue areas, and training learns it."
            : "Reject a theme of a recommendation: it is not suggested again, and training learns it is absent.");
        command.Arguments.Add(key);
        command.Arguments.Add(label);
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await ParleyStore.OpenExistingAsync(cli.Location(parse), ct);
            db.Actor = $"cli:{Environment.UserName}";
            var view = await ThemeSuggestions.DecideAsync(db, parse.GetValue(key)!, parse.GetValue(label)!, confirm, ct);
            cli.Out.WriteLine($"{parse.GetValue(key)}: theme “{view.Label}” {view.Status.ToString().ToLowerInvariant()}" +
                (confirm && view.IssueAreas.Count > 0 ? $"; filed under {string.Join(", ", view.IssueAreas)}" : ""));
            return 0;
        });
        return command;
    }
}
