namespace ErrorGen.Model;

/// <summary>
/// A catalog a web project serves with its ASP.NET Core integration: one of its own, or one of a referenced library
/// (<see cref="AssemblyName"/> set), for <c>AddErrorCatalogs()</c>.
/// </summary>
internal sealed record ServedCatalog(string Name, string Namespace, string TypeName, string ExceptionTypeName, string? AssemblyName);
