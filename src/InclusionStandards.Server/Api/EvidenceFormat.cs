using System.Text;
using Microsoft.Net.Http.Headers;

namespace InclusionStandards.Server.Api;

/// <summary>The evidence formats accepted, by media type, and the body's character set.</summary>
internal sealed record EvidenceFormat(string Name, string MediaType, string SourceName)
{
    public static readonly EvidenceFormat Yaml = new("yaml", "application/yaml", "evidence.yaml");
    public static readonly EvidenceFormat Json = new("json", "application/json", "evidence.json");
    public static readonly EvidenceFormat Csv = new("csv", "text/csv", "evidence.csv");

    /// <summary>What to send, said in every 415.</summary>
    public const string Accepted = "application/yaml (or text/yaml), application/json or text/csv (an NHS Staff Survey organisation CSV), as UTF-8";

    /// <summary>The format of a Content-Type, or null when it is missing or not one accepted.</summary>
    public static EvidenceFormat? FromContentType(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            return null;
        }

        return parsed.MediaType.ToString().ToLowerInvariant() switch
        {
            "application/yaml" or "application/x-yaml" or "text/yaml" or "text/x-yaml" => Yaml,
            "application/json" or "text/json" => Json,
            "text/csv" or "application/csv" => Csv,
            _ => null,
        };
    }

    /// <summary>The format of an uploaded file's name (for the upload page), else null.</summary>
    public static EvidenceFormat? FromFileName(string? fileName) =>
        Path.GetExtension(fileName ?? "").ToLowerInvariant() switch
        {
            ".yaml" or ".yml" => Yaml,
            ".json" => Json,
            ".csv" => Csv,
            _ => null,
        };

    /// <summary>
    /// The declared charset's encoding (UTF-8 when none); false for anything but UTF-8, UTF-16 and UTF-32 — UTF-7 (obsolete,
    /// able to smuggle markup, and refused by .NET with NotSupportedException), legacy code pages and unknown names are 415.
    /// </summary>
    public static bool TryEncoding(string? contentType, out Encoding encoding)
    {
        encoding = new UTF8Encoding(false);
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var parsed) || parsed.Charset.Length == 0)
        {
            return true;
        }

        var name = parsed.Charset.ToString().Trim('"').Trim().ToLowerInvariant();
        if (name is "utf-8" or "utf8" or "us-ascii")
        {
            return true;
        }

        try
        {
            var named = Encoding.GetEncoding(name);
            if (named is UnicodeEncoding or UTF32Encoding)
            {
                encoding = named;
                return true;
            }

            return false;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

}
