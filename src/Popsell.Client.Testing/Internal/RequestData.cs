namespace Popsell.Client.Testing.Internal;

/// <summary>The parts of a received request that the emulated API looks at.</summary>
internal sealed class RequestData
{
    public required string Method { get; init; }

    public required PopsellRoute Route { get; init; }

    public required string Body { get; init; }

    public string? ContentType { get; init; }

    public string? Domain { get; init; }

    public string? Authorization { get; init; }
}
