using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace InclusionStandards.Cli.Batch;

/// <summary>
/// The progress of a batch: a bar counting organisations (n of N, N counted from the inputs beforehand) on the
/// terminal's error stream, shown only when it is an interactive terminal (never when redirected); and the one-line
/// summary every batch ends with.
/// </summary>
internal static class BatchProgress
{
    /// <summary>Runs <paramref name="work"/> with a tick to call per organisation; a bar only on an interactive terminal.</summary>
    public static T Run<T>(int? total, Func<Action?, T> work)
    {
        if (!Interactive)
        {
            return work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("Evaluating", maxValue: Math.Max(1, total ?? 1));
                task.IsIndeterminate = total is null;
                var done = 0;
                result = work(() =>
                {
                    var n = Interlocked.Increment(ref done);
                    if (n > task.MaxValue)
                    {
                        task.MaxValue = n;
                    }

                    task.Value = n;
                    task.Description = total is null ? $"Evaluated {n}" : $"Evaluated {n} of {Math.Max(n, total.Value)}";
                });
                task.StopTask();
            });
        return result;
    }

    /// <summary>The one-line summary: "Evaluated 544 of 545 inputs (1 rejected) in 3.2 s."</summary>
    public static string Summary(int evaluated, int rejected, Stopwatch clock) =>
        string.Create(CultureInfo.InvariantCulture, $"Evaluated {evaluated} of {evaluated + rejected} inputs ({rejected} rejected) in {clock.Elapsed.TotalSeconds:0.0} s.");

    /// <summary>How many organisations the inputs hold: one per evidence file, one per CSV data row (lines after the header).</summary>
    public static int? Count(IReadOnlyList<string> files)
    {
        var total = 0;
        foreach (var f in files)
        {
            if (!f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                total++;
                continue;
            }

            try
            {
                using var s = Loading.TextFile.OpenRegular(f); // a FIFO or device is refused, not waited on
                var buffer = new byte[1 << 16];
                var lines = 0;
                var last = (byte)'\n';
                int read;
                while ((read = s.Read(buffer)) > 0)
                {
                    lines += buffer.AsSpan(0, read).Count((byte)'\n');
                    last = buffer[read - 1];
                }

                total += Math.Max(0, lines + (last == '\n' ? 0 : 1) - 1);
            }
            catch (IOException)
            {
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }
        }

        return total;
    }

    private static bool Interactive =>
        !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive && Environment.GetEnvironmentVariable("CI") is null;
}
