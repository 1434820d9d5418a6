using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Parley.Tests.Features.FollowUp;

/// <summary>
/// A real SMTP server on 127.0.0.1 for one test: Debian's python3-aiosmtpd run by the system Python (/usr/bin/python3, where
/// scripts/test installs it, whatever other python3 is first on the PATH), which prints
/// every message it receives; <see cref="Received"/> is what it printed so far.
/// </summary>
public sealed class SmtpServer : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SmtpServer(Process process) => _process = process;

    /// <summary>A port nothing listens on (yet): for a server that is down.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<SmtpServer> StartAsync(int port)
    {
        var process = Process.Start(new ProcessStartInfo("/usr/bin/python3", ["-u", "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        var server = new SmtpServer(process);
        process.OutputDataReceived += (_, e) => { lock (server._output) server._output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (server._output) server._output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException) when (!process.HasExited)
            {
                await Task.Delay(100);
            }
        }
        server.Dispose();
        throw new InvalidOperationException($"aiosmtpd did not start on port {port}: {server.Received}");
    }

    public string Received
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>Waits until <paramref name="text"/> was received, or a few seconds pass.</summary>
    public async Task<string> WaitForAsync(string text)
    {
        for (var i = 0; i < 300 && !Received.Contains(text, StringComparison.Ordinal); i++) await Task.Delay(100);
        return Received;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }
}
