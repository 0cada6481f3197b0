using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SampleConsumer;

// The sample's own payloads. Named types with a JsonSerializerContext, not anonymous objects: the app is published
// trimmed, where System.Text.Json has no reflection and minimal APIs generate their request delegates at build time.

/// <summary>GET /.</summary>
public sealed record ApiIndex(string Name, IReadOnlyList<DemoEndpoint> Endpoints, string OpenApi, string Telemetry);

/// <summary>Task-market's success data.</summary>
public sealed record WalletBalance(int Balance);

/// <summary>Analytics' success data.</summary>
public sealed record SearchHits(int Hits);

/// <summary>Model-api's success body, written by the app in the catalog's { code, msg, data } shape.</summary>
public sealed record ModelList(int Code, string Msg, string[] Data);

/// <summary>A success body in the { code, message } shape of open-platform and api-portal.</summary>
public sealed record CodeAndMessage(int Code, string Message);

/// <summary>Api-portal's order.</summary>
public sealed record Order(string Id, string Status);

/// <summary>Card-payments' charge.</summary>
public sealed record Charge(string Status, decimal Amount);

[JsonSerializable(typeof(ApiIndex))]
[JsonSerializable(typeof(WalletBalance))]
[JsonSerializable(typeof(SearchHits))]
[JsonSerializable(typeof(ModelList))]
[JsonSerializable(typeof(CodeAndMessage))]
[JsonSerializable(typeof(Charge))]
[JsonSerializable(typeof(Order))]
internal sealed partial class SampleJsonContext : JsonSerializerContext
{
}
