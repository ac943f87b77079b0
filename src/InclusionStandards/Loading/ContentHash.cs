using System.Security.Cryptography;
using System.Text;

namespace InclusionStandards.Loading;

/// <summary>Canonical text and its SHA-256: no BOM, LF line endings; <c>sha256:</c> + lowercase hex.</summary>
internal static class ContentHash
{
    public static string Canonical(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
    }

    /// <summary>Hashes already canonical text.</summary>
    public static string Of(string canonical) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
}
