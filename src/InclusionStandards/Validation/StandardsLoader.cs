using InclusionStandards.Loading;
using System.Collections.Immutable;
using InclusionStandards.Diagnostics;
using InclusionStandards.Loading.Yaml;
using InclusionStandards.Model;
using InclusionStandards.Validation;

namespace InclusionStandards.Validation;

/// <summary>
/// Loads standards from directories, files, text or the resources embedded in this assembly, and validates them in
/// named stages (parse → resolve → check → conditions), collecting every diagnostic. Never throws for bad input.
/// Thread-safe (stateless).
/// </summary>
public static class StandardsLoader
{
    /// <summary>The prefix of embedded standards resources (forward slashes on every OS).</summary>
    public const string EmbeddedPrefix = "standards/";

    /// <summary>Loads every <c>*.yaml</c> under a directory (skipping <see cref="LoaderOptions.SkipFolders"/>).</summary>
    public static LoadResult LoadDirectory(string directory, LoaderOptions? options = null) => LoadPaths([directory], options);

    /// <summary>Loads one file, whatever its kind.</summary>
    public static LoadResult LoadFile(string path, LoaderOptions? options = null) => LoadPaths([path], options);

    /// <summary>Loads files and directories together as one catalog.</summary>
    public static LoadResult LoadPaths(IEnumerable<string> paths, LoaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= LoaderOptions.Default;
        var diagnostics = new List<Diagnostic>();
        var inputs = new List<InputFile>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                inputs.Add(InputFile.FromPath(path));
            }
            else if (Directory.Exists(path))
            {
                var before = inputs.Count;
                try
                {
                    inputs.AddRange(Enumerate(path, options).Select(InputFile.FromPath));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FileUnreadable, $"The directory '{DiagnosticText.Escape(path)}' cannot be read: {DiagnosticText.Escape(e.Message)}", new SourceLocation(path, 1, 1)));
                    continue;
                }

                if (inputs.Count == before)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NoStandardsFiles,
                        $"The directory '{DiagnosticText.Escape(path)}' holds no standards files (*.yaml, outside the folders {string.Join(", ", options.SkipFolders)}).", new SourceLocation(path, 1, 1)));
                }
            }
            else
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FileUnreadable, $"No such file or directory: '{DiagnosticText.Escape(path)}'.", new SourceLocation(path.Length == 0 ? "(empty path)" : path, 1, 1)));
            }
        }

        return Load(inputs, options, diagnostics);
    }

    /// <summary>Loads standards given as text, e.g. in tests or from a database. Keys are display names.</summary>
    public static LoadResult LoadTexts(IEnumerable<KeyValuePair<string, string>> files, LoaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var inputs = files.Select(f => new InputFile(
            f.Key ?? throw new ArgumentException("A file name is null.", nameof(files)),
            () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(f.Value ?? throw new ArgumentException($"The text of '{f.Key}' is null.", nameof(files)))))).ToList();
        return Load(inputs, options ?? LoaderOptions.Default, []);
    }

    /// <summary>Loads one document given as text.</summary>
    public static LoadResult LoadText(string name, string text, LoaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        return LoadTexts([new KeyValuePair<string, string>(name, text)], options);
    }

    /// <summary>Loads the standards shipped inside this assembly (resource names <c>standards/…/*.yaml</c>).</summary>
    public static LoadResult LoadEmbedded(LoaderOptions? options = null)
    {
        var assembly = typeof(StandardsLoader).Assembly;
        var inputs = EmbeddedResourceNames()
            .Select(n => new InputFile(n, () => assembly.GetManifestResourceStream(n) ?? throw new IOException($"Missing resource {n}.")))
            .ToList();
        return Load(inputs, options ?? LoaderOptions.Default, []);
    }

    /// <summary>The names of the embedded standards resources, sorted.</summary>
    public static ImmutableArray<string> EmbeddedResourceNames() =>
        [.. typeof(StandardsLoader).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(EmbeddedPrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// How a standards folder is walked: into sub-folders, but not through symbolic links (a link back to a parent, or
    /// to <c>/</c>, would make the walk endless or read the whole system), not deeper than 16 levels, and past folders
    /// that cannot be read.
    /// </summary>
    private static readonly EnumerationOptions FolderWalk = new()
    {
        RecurseSubdirectories = true,
        MaxRecursionDepth = 16,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.ReparsePoint,
        MatchType = MatchType.Simple,
    };

    private static IEnumerable<string> Enumerate(string directory, LoaderOptions options) =>
        Directory.EnumerateFiles(directory, "*.yaml", FolderWalk)
            .Where(f => !Path.GetRelativePath(directory, f).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[..^1]
                .Any(options.SkipFolders.Contains))
            .Order(StringComparer.Ordinal);

    private static LoadResult Load(List<InputFile> inputs, LoaderOptions options, List<Diagnostic> diagnostics)
    {
        if (options.Limits is null)
        {
            throw new ArgumentException("LoaderOptions.Limits is null; leave it unset for LoaderLimits.Default.", nameof(options));
        }

        var standards = new List<Standard>();
        var tests = ImmutableArray.CreateBuilder<RuleTestFile>();
        var mappings = ImmutableArray.CreateBuilder<CsvMapping>();
        foreach (var input in inputs)
        {
            var text = input.ReadText(options.Limits, diagnostics);
            if (text is null)
            {
                continue;
            }

            var root = SafeYamlReader.Read(input.Name, text, options.Limits, diagnostics);
            if (root is null)
            {
                continue;
            }

            switch (DocumentReader.Read(new FileContext(input.Name, diagnostics), root, ContentHash.Of(text)))
            {
                case Standard s:
                    standards.Add(s);
                    break;
                case RuleTestFile t:
                    tests.Add(t);
                    break;
                case CsvMapping m:
                    mappings.Add(m);
                    break;
            }
        }

        var catalog = StandardsCatalog.Create(standards);
        if (standards.Count > 0)
        {
            ValidationPipeline.Run(catalog, options, diagnostics);
        }

        diagnostics.Sort();
        return new LoadResult
        {
            Catalog = catalog,
            RuleTests = tests.ToImmutable(),
            CsvMappings = mappings.ToImmutable(),
            Diagnostics = [.. diagnostics.Distinct()],
            Files = [.. inputs.Select(i => i.Name)],
        };
    }
}
