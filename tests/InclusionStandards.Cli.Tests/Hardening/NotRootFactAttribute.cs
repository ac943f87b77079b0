namespace InclusionStandards.Cli.Tests.Hardening;

/// <summary>
/// A fact that needs file permissions to be enforced: as root (or an elevated process) a file with mode 000 is still
/// readable, so the test is reported as skipped with the reason, never passed vacuously. Also skipped on Windows.
/// </summary>
public sealed class NotRootFactAttribute : FactAttribute
{
    public NotRootFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "chmod 000 needs a Unix file system";
        }
        else if (Environment.IsPrivilegedProcess)
        {
            Skip = "running as root: file permissions are not enforced, so an unreadable (chmod 000) file cannot be made; run the tests as an ordinary user";
        }
    }
}
