using System.Diagnostics;
using System.Text;
using InclusionStandards.Loading;

namespace InclusionStandards.Tests.Hardening;

/// <summary>
/// Input files (issue 24): only regular files are read (a FIFO, a device, a link to one are refused before opening,
/// so nothing blocks or grows without bound); size is counted as bytes are read; bytes that are not UTF-8 are located.
/// </summary>
public sealed class HostileInputFilesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("inclusion-files-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void SpecialFiles_AreRefusedBeforeTheyAreOpened()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = Path.Combine(_dir, "fifo.yaml");
        using (var mk = Process.Start(new ProcessStartInfo("mkfifo", fifo) { UseShellExecute = false })!)
        {
            mk.WaitForExit();
        }

        var link = Path.Combine(_dir, "zero.yaml");
        File.CreateSymbolicLink(link, "/dev/zero");

        foreach (var path in new[] { fifo, "/dev/zero", "/dev/urandom", link })
        {
            var read = TextFile.Read(path, 1024);
            Assert.Equal(TextFileProblem.NotAFile, read.Problem);
        }

        Assert.Equal(TextFileProblem.NotAFile, TextFile.Read(_dir, 1024).Problem);
        Assert.Equal(TextFileProblem.Missing, TextFile.Read(string.Empty, 1024).Problem);
    }

    [Fact]
    public void Size_IsCountedAsBytesAreRead_NotTrustedFromTheLength()
    {
        using var endless = new EndlessStream();

        var read = TextFile.Read(endless, 10_000, "The stream");

        Assert.Equal(TextFileProblem.TooLarge, read.Problem);
        Assert.True(endless.Served <= 10_000 + 81_920);
    }

    public static TheoryData<byte[]> InvalidSequences() =>
    [
        [0xE9], // Latin-1 é
        [0xC0, 0xAF], // overlong '/'
        [0xED, 0xA0, 0x80], // CESU-8 surrogate
        [0xF8, 0x88, 0x80, 0x80, 0x80], // five-byte form
        [0xE2, 0x82], // truncated
        [0xFF],
    ];

    [Theory]
    [MemberData(nameof(InvalidSequences))]
    public void InvalidUtf8_IsLocatedAtTheByte(byte[] bad)
    {
        var bytes = Encoding.UTF8.GetBytes("a: 1\nname: caf").Concat(bad).Concat(Encoding.UTF8.GetBytes("\n")).ToArray();
        var path = Path.Combine(_dir, "bad.yaml");
        File.WriteAllBytes(path, bytes);

        var read = TextFile.Read(path, 1024);

        Assert.Equal(TextFileProblem.NotUtf8, read.Problem);
        Assert.Equal((2, 10), (read.Line, read.Column));
    }

    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => 0; // as /dev/zero reports

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
