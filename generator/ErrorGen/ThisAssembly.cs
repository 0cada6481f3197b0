namespace ErrorGen;

internal static class ThisAssembly
{
    /// <summary>Written into [GeneratedCode]; snapshot tests scrub it so a version bump does not churn them.</summary>
    public const string Version = "0.1.0";
}
