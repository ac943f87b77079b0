using System.Text;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Cli.Output;

/// <summary>
/// The tool's standard error: every character a terminal would act on (escape sequences, other controls, bidi
/// overrides, line separators, lone surrogates) is written as an escape, whatever message carries it — an option value,
/// a path, a key echoed by any command — so no input can clear the screen or hide text. Line feeds the tool writes
/// itself are kept; a line feed inside a value must be escaped where the value is quoted (one diagnostic, one line).
/// </summary>
internal sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Write(value.ToString());

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (!value.Contains('\n', StringComparison.Ordinal))
        {
            inner.Write(DiagnosticText.Escape(value));
            return;
        }

        var parts = value.Split('\n');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                inner.Write('\n');
            }

            inner.Write(DiagnosticText.Escape(parts[i].TrimEnd('\r')));
        }
    }

    public override void Flush() => inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Flush();
        }

        base.Dispose(disposing);
    }
}
