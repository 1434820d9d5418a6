namespace Parley.Features.Accounts;

/// <summary>Gets a new password for the CLI: from standard input when asked, else from a prompt that does not echo.</summary>
internal static class PasswordInput
{
    public static string Read(CliContext cli, string userName, bool fromStdin)
    {
        if (fromStdin)
        {
            var line = cli.In.ReadLine();
            if (string.IsNullOrEmpty(line)) throw new UserError("--password-stdin: standard input held no password");
            return line;
        }
        if (!cli.IsInteractive)
            throw new UserError("no password given: use --password-stdin and send it on standard input, or run in a terminal to be prompted");
        var first = Prompt(cli, $"Password for {userName}: ");
        var second = Prompt(cli, "Same password again: ");
        if (first != second) throw new UserError("the two passwords differ; nothing was changed");
        return first;
    }

    private static string Prompt(CliContext cli, string label)
    {
        cli.Error.Write(label);
        var typed = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace) { if (typed.Length > 0) typed.Length--; }
            else if (!char.IsControl(key.KeyChar)) typed.Append(key.KeyChar);
        }
        cli.Error.WriteLine();
        return typed.ToString();
    }
}
