using System.CommandLine;
using System.Text.Json;
using Parley.Store;

namespace Parley.Features.Interchange;

/// <summary>`parley export`: the whole data set as one deterministic JSON document.</summary>
public static class ExportCommand
{
    public static Command Create(CliContext cli)
    {
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var kind = new Option<string?>("--kind") { Description = $"With --format csv, the kind of record to write: {Import.CsvKinds.Names}", HelpName = "KIND" };
        var output = new Option<string?>("--out", "-o") { Description = "Write to FILE instead of standard output", HelpName = "FILE" };
        var command = new Command("export", "Write the whole data set as one JSON document, or one kind of record as CSV (the same store always gives byte-identical output).");
        command.Options.Add(format);
        command.Options.Add(kind);
        command.Options.Add(output);
        command.SetAction(async (parse, ct) =>
        {
            var location = cli.Location(parse);
            await using var db = await ParleyStore.OpenExistingAsync(location, ct);
            if (parse.GetValue(format) == "csv") return await ExportCsvAsync(cli, db, parse.GetValue(kind), parse.GetValue(output), ct);
            var bytes = await ExportBytesAsync(db, ct);
            if (parse.GetValue(output) is { } path)
            {
                await File.WriteAllBytesAsync(path, bytes, ct);
                cli.Error.WriteLine($"Exported {location.Display} to {path} ({bytes.Length:N0} bytes).");
            }
            else
            {
                await cli.Out.WriteAsync(System.Text.Encoding.UTF8.GetString(bytes));
            }
            return 0;
        });
        return command;
    }

    private static async Task<int> ExportCsvAsync(CliContext cli, ParleyDb db, string? kindName, string? path, CancellationToken ct)
    {
        if (kindName is null) throw new UserError($"--format csv needs --kind KIND ({Import.CsvKinds.Names})");
        var kind = Import.CsvKinds.Find(kindName) ?? throw new UserError($"unknown kind '{kindName}'; use one of: {Import.CsvKinds.Names}");
        if (path is null)
        {
            await Import.CsvExporter.WriteAsync(db, kind, cli.Out, ct);
            return 0;
        }
        await using (var file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)))
            await Import.CsvExporter.WriteAsync(db, kind, file, ct);
        cli.Error.WriteLine($"Exported {kind.Name} to {path}.");
        return 0;
    }

    public static async Task<byte[]> ExportBytesAsync(ParleyDb db, CancellationToken ct = default)
    {
        var document = await DocumentExporter.ExportAsync(db, ct);
        var json = JsonSerializer.SerializeToUtf8Bytes(document, DocumentJson.Options);
        return [.. json, (byte)'\n'];
    }
}
