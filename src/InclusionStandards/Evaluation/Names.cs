using System.Text;

namespace InclusionStandards.Evaluation;

/// <summary>Kebab-case names for enum members (<c>EvidenceSchema</c> → <c>evidence-schema</c>).</summary>
internal static class Names
{
    public static string Kebab(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(pascal[i]));
        }

        return sb.ToString();
    }
}
