using System.Text;
using InclusionStandards.Assessments.Json;

namespace InclusionStandards.Tests.Reports;

public class AssessmentJsonLinesWriterTests
{
    [Fact]
    public void Write_SeveralAssessments_OneCompactRecordPerLineInOrder()
    {
        var batch = AssessmentSamples.Several();
        var text = new StringWriter { NewLine = "\r\n" };
        using (var writer = new AssessmentJsonLinesWriter(text, leaveOpen: true))
        {
            foreach (var a in batch)
            {
                writer.Write(a);
            }

            Assert.Equal(batch.Length, writer.Count);
        }

        var output = text.ToString();
        Assert.DoesNotContain('\r', output);
        var lines = output.Split('\n');
        Assert.Equal(batch.Length + 1, lines.Length);
        Assert.Equal("", lines[^1]);
        Assert.Equal(batch.Select(AssessmentJson.SerializeCompact), lines[..^1]);

        var read = AssessmentJson.DeserializeLines(new StringReader(output)).ToList();
        Assert.Equal(batch.Length, read.Count);
        Assert.All(batch.Zip(read), p => Assert.True(AssessmentEquality.Equal(p.First, p.Second)));
    }

    [Fact]
    public async Task Write_AfterDispose_ThrowsAndWritesNothing()
    {
        var batch = AssessmentSamples.Several();
        using var stream = new MemoryStream();
        var writer = new AssessmentJsonLinesWriter(stream, leaveOpen: true);
        writer.Write(batch[0]);
        writer.Dispose();
        var length = stream.Length;

        Assert.Throws<ObjectDisposedException>(() => writer.Write(batch[1]));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => writer.WriteAsync(batch[1]));
        writer.Dispose(); // a second dispose is harmless
        Assert.Equal(length, stream.Length);
    }

    [Fact]
    public async Task WriteAsync_ToStream_WritesUtf8WithoutBom()
    {
        using var stream = new MemoryStream();
        await using (var writer = new AssessmentJsonLinesWriter(stream, leaveOpen: true))
        {
            await writer.WriteAsync(AssessmentSamples.AcuteTrust("RZZ", "Zoë's Trust"));
        }

        var bytes = stream.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(AssessmentJson.SerializeCompact(AssessmentSamples.AcuteTrust("RZZ", "Zoë's Trust")) + "\n", Encoding.UTF8.GetString(bytes));
        Assert.Contains("Zoë's Trust", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeLines_BadLine_NamesTheLine()
    {
        var good = AssessmentJson.SerializeCompact(AssessmentSamples.AcuteTrust());
        var reader = new StringReader(good + "\n\n{\"schemaVersion\":\"1.0\"}\n");
        var e = Assert.Throws<System.Text.Json.JsonException>(() => AssessmentJson.DeserializeLines(reader).ToList());
        Assert.StartsWith("line 3:", e.Message, StringComparison.Ordinal);
    }
}
