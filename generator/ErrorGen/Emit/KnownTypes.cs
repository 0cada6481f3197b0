namespace ErrorGen.Emit;

/// <summary>
/// The <c>global::</c>-qualified names of the framework types generated code uses, in one table: emitters and their raw
/// templates write <c>{KnownTypes.HttpContext}</c> rather than spelling the namespace, so a moved or renamed type is one edit.
/// </summary>
internal static class KnownTypes
{
    public const string Exception = "global::System.Exception";
    public const string ArgumentException = "global::System.ArgumentException";
    public const string ArgumentOutOfRangeException = "global::System.ArgumentOutOfRangeException";
    public const string InvalidOperationException = "global::System.InvalidOperationException";
    public const string OperationCanceledException = "global::System.OperationCanceledException";
    public const string IEquatable = "global::System.IEquatable";
    public const string Func = "global::System.Func";
    public const string Action = "global::System.Action";
    public const string Array = "global::System.Array";
    public const string Convert = "global::System.Convert";
    public const string Math = "global::System.Math";
    public const string Guid = "global::System.Guid";
    public const string Uri = "global::System.Uri";
    public const string UriKind = "global::System.UriKind";
    public const string TimeSpan = "global::System.TimeSpan";
    public const string DateTimeOffset = "global::System.DateTimeOffset";
    public const string StringComparison = "global::System.StringComparison";
    public const string CultureInfo = "global::System.Globalization.CultureInfo";
    public const string NumberStyles = "global::System.Globalization.NumberStyles";
    public const string IReadOnlyDictionary = "global::System.Collections.Generic.IReadOnlyDictionary";
    public const string StringComparer = "global::System.StringComparer";
    public const string IEnumerable = "global::System.Collections.Generic.IEnumerable";
    public const string IReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
    public const string Dictionary = "global::System.Collections.Generic.Dictionary";
    public const string Lazy = "global::System.Lazy";
    public const string HashSet = "global::System.Collections.Generic.HashSet";
    public const string List = "global::System.Collections.Generic.List";
    public const string Enumerable = "global::System.Linq.Enumerable";
    public const string StringBuilder = "global::System.Text.StringBuilder";
    public const string ArrayBufferWriter = "global::System.Buffers.ArrayBufferWriter";
    public const string MemoryStream = "global::System.IO.MemoryStream";
    public const string IOException = "global::System.IO.IOException";
    public const string Task = "global::System.Threading.Tasks.Task";
    public const string ValueTask = "global::System.Threading.Tasks.ValueTask";
    public const string CancellationToken = "global::System.Threading.CancellationToken";
    public const string CancellationTokenSource = "global::System.Threading.CancellationTokenSource";
    public const string Interlocked = "global::System.Threading.Interlocked";
    public const string KeyValuePair = "global::System.Collections.Generic.KeyValuePair";
    public const string MethodImpl = "global::System.Runtime.CompilerServices.MethodImpl";

    /// <summary>Cast from 512 (AggressiveOptimization), which netstandard2.0 does not name; older runtimes ignore it.</summary>
    public const string MethodImplOptions = "global::System.Runtime.CompilerServices.MethodImplOptions";
    public const string RateLimitingMetadataName = "global::System.Threading.RateLimiting.MetadataName";
    public const string Activity = "global::System.Diagnostics.Activity";
    public const string DebuggerDisplay = "global::System.Diagnostics.DebuggerDisplay";
    public const string NotNullWhen = "global::System.Diagnostics.CodeAnalysis.NotNullWhen";
    public const string AssemblyMetadata = "global::System.Reflection.AssemblyMetadata";
    public const string GeneratedCode = "global::System.CodeDom.Compiler.GeneratedCode";
    public const string HttpResponseMessage = "global::System.Net.Http.HttpResponseMessage";
    public const string HttpRequestException = "global::System.Net.Http.HttpRequestException";
    public const string JsonDocument = "global::System.Text.Json.JsonDocument";
    public const string JsonElement = "global::System.Text.Json.JsonElement";
    public const string JsonValueKind = "global::System.Text.Json.JsonValueKind";
    public const string JsonException = "global::System.Text.Json.JsonException";
    public const string JsonSerializer = "global::System.Text.Json.JsonSerializer";
    public const string JsonSerializerOptions = "global::System.Text.Json.JsonSerializerOptions";
    public const string Utf8JsonWriter = "global::System.Text.Json.Utf8JsonWriter";
    public const string JsonSerializerDefaults = "global::System.Text.Json.JsonSerializerDefaults";
    public const string JsonWriterOptions = "global::System.Text.Json.JsonWriterOptions";
    public const string JavaScriptEncoder = "global::System.Text.Encodings.Web.JavaScriptEncoder";
    public const string JsonTypeInfo = "global::System.Text.Json.Serialization.Metadata.JsonTypeInfo";
    public const string IFormattable = "global::System.IFormattable";
    public const string DateTime = "global::System.DateTime";
    public const string JsonNode = "global::System.Text.Json.Nodes.JsonNode";
    public const string JsonValue = "global::System.Text.Json.Nodes.JsonValue";
    public const string HttpContext = "global::Microsoft.AspNetCore.Http.HttpContext";
    public const string IResult = "global::Microsoft.AspNetCore.Http.IResult";
    public const string IStatusCodeHttpResult = "global::Microsoft.AspNetCore.Http.IStatusCodeHttpResult";
    public const string IEndpointMetadataProvider = "global::Microsoft.AspNetCore.Http.Metadata.IEndpointMetadataProvider";
    public const string ProducesResponseTypeMetadata = "global::Microsoft.AspNetCore.Http.ProducesResponseTypeMetadata";
    public const string EndpointBuilder = "global::Microsoft.AspNetCore.Builder.EndpointBuilder";
    public const string StatusCodeContext = "global::Microsoft.AspNetCore.Diagnostics.StatusCodeContext";
    public const string StatusCodePagesExtensions = "global::Microsoft.AspNetCore.Builder.StatusCodePagesExtensions";
    public const string IApplicationBuilder = "global::Microsoft.AspNetCore.Builder.IApplicationBuilder";
    public const string IEndpointConventionBuilder = "global::Microsoft.AspNetCore.Builder.IEndpointConventionBuilder";
    public const string Attribute = "global::System.Attribute";
    public const string AttributeUsage = "global::System.AttributeUsage";
    public const string AttributeTargets = "global::System.AttributeTargets";
    public const string IActionResult = "global::Microsoft.AspNetCore.Mvc.IActionResult";
    public const string ActionContext = "global::Microsoft.AspNetCore.Mvc.ActionContext";
    public const string MethodInfo = "global::System.Reflection.MethodInfo";
    public const string ArgumentNullException = "global::System.ArgumentNullException";
    public const string IProblemDetailsService = "global::Microsoft.AspNetCore.Http.IProblemDetailsService";
    public const string ProblemDetailsContext = "global::Microsoft.AspNetCore.Http.ProblemDetailsContext";
    public const string HttpValidationProblemDetails = "global::Microsoft.AspNetCore.Http.HttpValidationProblemDetails";
    public const string HttpResponseJsonExtensions = "global::Microsoft.AspNetCore.Http.HttpResponseJsonExtensions";
    public const string HttpJsonOptions = "global::Microsoft.AspNetCore.Http.Json.JsonOptions";
    public const string ProblemDetails = "global::Microsoft.AspNetCore.Mvc.ProblemDetails";
    public const string IExceptionHandler = "global::Microsoft.AspNetCore.Diagnostics.IExceptionHandler";
    public const string IRequestCultureFeature = "global::Microsoft.AspNetCore.Localization.IRequestCultureFeature";
    public const string RateLimiterOptions = "global::Microsoft.AspNetCore.RateLimiting.RateLimiterOptions";
    public const string OnRejectedContext = "global::Microsoft.AspNetCore.RateLimiting.OnRejectedContext";
    public const string OpenApiOperationTransformerContext = "global::Microsoft.AspNetCore.OpenApi.OpenApiOperationTransformerContext";
    public const string OpenApiOptions = "global::Microsoft.AspNetCore.OpenApi.OpenApiOptions";
    public const string MediaTypeHeaderValue = "global::Microsoft.Net.Http.Headers.MediaTypeHeaderValue";
    public const string StringSegment = "global::Microsoft.Extensions.Primitives.StringSegment";
    public const string IServiceCollection = "global::Microsoft.Extensions.DependencyInjection.IServiceCollection";
    public const string ServiceProviderServiceExtensions = "global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions";
    public const string ServiceCollectionServiceExtensions = "global::Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions";
    public const string ProblemDetailsServiceCollectionExtensions =
        "global::Microsoft.Extensions.DependencyInjection.ProblemDetailsServiceCollectionExtensions";
    public const string ExceptionHandlerServiceCollectionExtensions =
        "global::Microsoft.Extensions.DependencyInjection.ExceptionHandlerServiceCollectionExtensions";
    public const string IOptions = "global::Microsoft.Extensions.Options.IOptions";
    public const string OptionsServiceCollectionExtensions = "global::Microsoft.Extensions.DependencyInjection.OptionsServiceCollectionExtensions";
    public const string ServiceCollectionDescriptorExtensions = "global::Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions";
    public const string ServiceDescriptor = "global::Microsoft.Extensions.DependencyInjection.ServiceDescriptor";
    public const string IHostEnvironment = "global::Microsoft.Extensions.Hosting.IHostEnvironment";
    public const string HostEnvironmentEnvExtensions = "global::Microsoft.Extensions.Hosting.HostEnvironmentEnvExtensions";
    public const string ILogger = "global::Microsoft.Extensions.Logging.ILogger";
    public const string EventId = "global::Microsoft.Extensions.Logging.EventId";
    public const string LogLevel = "global::Microsoft.Extensions.Logging.LogLevel";
    public const string Meter = "global::System.Diagnostics.Metrics.Meter";
    public const string Counter = "global::System.Diagnostics.Metrics.Counter";
    public const string TagList = "global::System.Diagnostics.TagList";
    public const string ActivityStatusCode = "global::System.Diagnostics.ActivityStatusCode";
    public const string IHttpActivityFeature = "global::Microsoft.AspNetCore.Http.Features.IHttpActivityFeature";
    public const string IReadOnlyListOfKeyValuePair = "global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.KeyValuePair<string, object?>>";

    /// <summary>The namespace of the OpenAPI document model (Microsoft.OpenApi 1.x and 2.x keep it).</summary>
    public const string OpenApiModels = "global::Microsoft.OpenApi";
}
