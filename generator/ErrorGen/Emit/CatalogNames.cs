using ErrorGen.Model;

namespace ErrorGen.Emit;

/// <summary>
/// The <c>global::</c>-qualified names of a catalog's generated types, made once per catalog and shared by its
/// emitters, so no emitter spells <c>global::{namespace}.{type}</c> itself.
/// </summary>
internal sealed class CatalogNames
{
    private readonly string _namespace;

    public CatalogNames(CatalogSpec catalog)
    {
        _namespace = catalog.Namespace;
        Code = Qualify(catalog.CodeTypeName);
        Module = Qualify(catalog.ModuleTypeName);
        Info = Qualify(catalog.InfoTypeName);
        Errors = Qualify(catalog.CatalogClassName);
        Exception = Qualify(catalog.ExceptionTypeName);
        Envelope = Qualify(catalog.TypeName + "Envelope");
    }

    public string Code { get; }

    public string Module { get; }

    public string Info { get; }

    public string Errors { get; }

    public string Exception { get; }

    public string Envelope { get; }

    /// <summary>Any other type of the catalog's namespace, qualified.</summary>
    public string Qualify(string typeName) => $"global::{_namespace}.{typeName}";
}
