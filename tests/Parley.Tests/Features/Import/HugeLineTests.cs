using System.Text;
using Parley.Features.Import;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Import;

/// <summary>A 2 GB line, generated as it is read (never stored), is refused after the cap without being read whole.</summary>
public class HugeLineTests
{
    /// <summary>A UPR header, then one line of <paramref name="length"/> bytes of 'x', produced on demand.</summary>
    private sealed class GeneratedLine(long length) : Stream
    {
        private static readonly byte[] Start = Encoding.ASCII.GetBytes("To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\nChad,Africa,AU,");

        public long Furthest { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Position);
            for (var i = 0; i < n; i++)
            {
                var at = Position + i;
                buffer[offset + i] = at < Start.Length ? Start[at] : (byte)'x';
            }
            Position += n;
            Furthest = Math.Max(Furthest, Position);
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => Position + offset,
            _ => length + offset,
        };

        public override void Flush() { }
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public async Task A_two_gigabyte_line_is_refused_after_its_first_megabytes()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        await using var db = store.Open();
        var line = new GeneratedLine(2L * 1024 * 1024 * 1024);

        var result = await FileImporter.ImportAsync(db, line, new ImportRequest("huge.csv"), ImportProgress.None);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("huge.csv:2", problem.Place);
        Assert.StartsWith("the line is longer than 1,048,576 characters", problem.Message);
        // Encoding detection looks at the first 16 MB; the reader stops just past the cap.
        Assert.True(line.Furthest < 20L * 1024 * 1024, $"read {line.Furthest:N0} bytes of a 2 GB line");
    }
}
