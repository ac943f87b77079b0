namespace InclusionStandards.Server.Security;

/// <summary>One entry of <c>Server:ApiKeys</c>: a system's key, sent as <c>Authorization: Bearer KEY</c>.</summary>
internal sealed class ApiKeyOptions
{
    /// <summary>Who the key belongs to (recorded as the submitter; the key itself is never recorded or logged).</summary>
    public string Name { get; set; } = "";

    public string Key { get; set; } = "";

    /// <summary>admin, assessor or viewer.</summary>
    public string Role { get; set; } = "";

    /// <summary>ODS codes the key may see; empty means every organisation.</summary>
    public List<string> Organisations { get; set; } = [];
}
