using InclusionStandards.Cli.Output;
using Markdig;

namespace InclusionStandards.Cli.Tests.Commands;

/// <summary>Text from the standards is shown as written: never turned into headings, lists or altered code.</summary>
public sealed class StandardMarkdownTests
{
    [Theory]
    [InlineData("# x", "<p># x</p>")]
    [InlineData("- not a list", "<p>- not a list</p>")]
    [InlineData("1. not numbered", "<p>1. not numbered</p>")]
    [InlineData("---", "<p>---</p>")]
    [InlineData("A line\n## and another", "<p>A line\n## and another</p>")]
    [InlineData("*emphasis* stays", "<p><em>emphasis</em> stays</p>")]
    [InlineData("-5 degrees", "<p>-5 degrees</p>")]
    public void Text_AtTheStartOfALine_IsNeverABlock(string text, string html) =>
        Assert.Equal(html, Markdown.ToHtml(StandardMarkdown.Text(text)).Trim());

    [Theory]
    [InlineData("size(x) > 0")]
    [InlineData("name == 'a`b'")]
    [InlineData("`x`")]
    [InlineData("a ``` b")]
    public void Code_ShowsTheConditionExactly(string condition)
    {
        var html = Markdown.ToHtml(StandardMarkdown.Code(condition)).Trim();
        Assert.Equal($"<p><code>{System.Net.WebUtility.HtmlEncode(condition).Replace("&#39;", "'", StringComparison.Ordinal)}</code></p>", html);
    }
}
