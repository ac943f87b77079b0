using InclusionStandards.Validation;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace InclusionStandards.Packaging.Tests;

/// <summary>What `dotnet pack` produces: three packages with readme, licence, description, tags, XML docs and symbols.</summary>
[Collection(PackagesCollection.Name)]
public sealed class PackageContentTests(PackagesFixture packages)
{
    [Theory]
    [InlineData("InclusionStandards.Rules", "lib/net10.0/InclusionStandards.Rules.xml")]
    [InlineData("InclusionStandards", "lib/net10.0/InclusionStandards.xml")]
    [InlineData("InclusionStandards.NRules", "lib/net10.0/InclusionStandards.NRules.xml")]
    [InlineData("InclusionStandards.Cli", "tools/net10.0/any/inclusion.xml")]
    public void Pack_EachPackage_HasReadmeLicenceDescriptionTagsDocsAndSymbols(string id, string docs)
    {
        using var zip = ZipFile.OpenRead(packages.PackagePath(id));
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();
        var nuspec = XDocument.Load(zip.GetEntry($"{id}.nuspec")!.Open());
        var meta = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Meta(string name) => meta.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal(packages.PackageVersion, Meta("version"));
        Assert.Equal("README.md", Meta("readme"));
        Assert.Contains("README.md", names);
        Assert.StartsWith($"# ", new StreamReader(zip.GetEntry("README.md")!.Open()).ReadToEnd());
        var licence = meta.Elements().Single(e => e.Name.LocalName == "license");
        Assert.Equal("expression", licence.Attribute("type")?.Value);
        Assert.Equal("MIT", licence.Value);
        Assert.False(string.IsNullOrWhiteSpace(Meta("description")));
        Assert.False(string.IsNullOrWhiteSpace(Meta("tags")));
        Assert.Contains(docs, names);
        Assert.Contains("<member name=", new StreamReader(zip.GetEntry(docs)!.Open()).ReadToEnd());
        Assert.True(File.Exists(packages.PackagePath(id, "snupkg")), $"no symbols package for {id}");
    }

    [Fact]
    public void Pack_StandardsPackage_EmbedsEveryShippedStandard()
    {
        using var zip = ZipFile.OpenRead(packages.PackagePath("InclusionStandards"));
        using var dll = new MemoryStream();
        zip.GetEntry("lib/net10.0/InclusionStandards.dll")!.Open().CopyTo(dll);
        dll.Position = 0;
        using var pe = new PEReader(dll);
        var metadata = pe.GetMetadataReader();
        var resources = metadata.ManifestResources.Select(h => metadata.GetString(metadata.GetManifestResource(h).Name)).Order(StringComparer.Ordinal).ToList();

        var expected = StandardsLoader.EmbeddedResourceNames();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, resources.Where(r => r.StartsWith(StandardsLoader.EmbeddedPrefix, StringComparison.Ordinal)));
        var onDisk = Directory.EnumerateFiles(Repository.PathOf("standards"), "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repository.Root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("standards/tests/", StringComparison.Ordinal) && !f.StartsWith("standards/examples/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        Assert.Equal(onDisk, expected);
    }

    [Fact]
    public void Pack_ToolPackage_IsADotnetToolNamedInclusion()
    {
        using var zip = ZipFile.OpenRead(packages.PackagePath("InclusionStandards.Cli"));
        var settings = XDocument.Load(zip.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());
        var command = settings.Descendants().Single(e => e.Name.LocalName == "Command");
        Assert.Equal("inclusion", command.Attribute("Name")?.Value);
        Assert.Equal("inclusion.dll", command.Attribute("EntryPoint")?.Value);
    }

    [Fact]
    public void Pack_NRulesPackage_DependsOnTheStandardsAndNRulesRuntimeOnly()
    {
        using var zip = ZipFile.OpenRead(packages.PackagePath("InclusionStandards.NRules"));
        var nuspec = XDocument.Load(zip.GetEntry("InclusionStandards.NRules.nuspec")!.Open());
        var dependencies = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => $"{e.Attribute("id")?.Value} {e.Attribute("version")?.Value}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal([$"InclusionStandards {packages.PackageVersion}", "NRules.Runtime 1.0.4"], dependencies);
    }

    [Fact]
    public void Pack_StandardsPackage_DoesNotDependOnNRules()
    {
        using var zip = ZipFile.OpenRead(packages.PackagePath("InclusionStandards"));
        var nuspec = XDocument.Load(zip.GetEntry("InclusionStandards.nuspec")!.Open());
        Assert.DoesNotContain(nuspec.Descendants(), e => e.Name.LocalName == "dependency" && e.Attribute("id")?.Value.StartsWith("NRules", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Pack_EnginePackage_HasNoDependencies()
    {
        using var zip = ZipFile.OpenRead(packages.PackagePath("InclusionStandards.Rules"));
        var nuspec = XDocument.Load(zip.GetEntry("InclusionStandards.Rules.nuspec")!.Open());
        Assert.DoesNotContain(nuspec.Descendants(), e => e.Name.LocalName == "dependency");
    }
}
