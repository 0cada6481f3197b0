namespace ErrorGen.Model;

/// <summary>What a code means (<c>kind:</c> on a code): only errors are thrown, mapped to problems and documented as error responses.</summary>
internal enum CodeKind
{
    Error,
    Warning,
    Info,
    Success,
}
