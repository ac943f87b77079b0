using InclusionStandards.Loading;
using InclusionStandards.Validation;

namespace InclusionStandards.Hosting;

/// <summary>
/// Loads the embedded standards and the custom directories as layers: a file in a higher layer whose standard has
/// the id of one in a lower layer replaces that file; everything else is added. The resulting set of files is then
/// loaded and validated once, as one catalog, so references across layers resolve and every error is reported.
/// </summary>
internal static class LayeredStandardsLoader
{
    /// <summary>A standard replaced by a higher layer.</summary>
    public sealed record Replacement(string StandardId, string File, string ReplacedFile);

    public static (LoadResult Load, List<Replacement> Replacements) Load(bool embedded, IEnumerable<string> directories, LoaderOptions options)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var order = new List<string>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var replacements = new List<Replacement>();
        if (embedded)
        {
            var assembly = typeof(StandardsLoader).Assembly;
            foreach (var name in StandardsLoader.EmbeddedResourceNames())
            {
                using var stream = assembly.GetManifestResourceStream(name) ?? throw new IOException($"Missing resource {name}.");
                using var reader = new StreamReader(stream);
                Add(name, reader.ReadToEnd());
            }

            AddLayer(StandardsLoader.LoadEmbedded(options));
        }

        foreach (var directory in directories)
        {
            var layer = StandardsLoader.LoadDirectory(directory, options);
            foreach (var file in layer.Files)
            {
                if (TextFile.Read(file, options.Limits.MaxFileBytes) is { Succeeded: true, Text: { } text })
                {
                    Add(file, text); // a file that cannot be read is reported by the layer's own load
                }
            }

            AddLayer(layer);
        }

        var load = StandardsLoader.LoadTexts(order.Select(f => new KeyValuePair<string, string>(f, files[f])), options);
        return (load, replacements);

        void Add(string name, string text)
        {
            if (files.TryAdd(name, text))
            {
                order.Add(name);
            }
        }

        void AddLayer(LoadResult layer)
        {
            var layerFiles = layer.Files.ToHashSet(StringComparer.Ordinal);
            foreach (var standard in layer.Catalog.Standards)
            {
                if (owners.TryGetValue(standard.Id, out var previous) && !layerFiles.Contains(previous))
                {
                    files.Remove(previous);
                    order.Remove(previous);
                    replacements.Add(new Replacement(standard.Id, standard.File, previous));
                }

                owners[standard.Id] = standard.File;
            }
        }
    }
}
