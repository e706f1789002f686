using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Popsell.Client.Testing.Internal;

namespace Popsell.Client.Testing;

/// <summary>
/// An immutable description of a misbehaviour that <see cref="PopsellTestServer"/> shows for one request,
/// queued with <see cref="PopsellTestServer.EnqueueFault(PopsellFault)"/> or
/// <see cref="PopsellTestServer.EnqueueFault(PopsellRoute, PopsellFault)"/>. Create one with the static factories.
/// </summary>
/// <remarks>
/// Unless <see cref="AfterProcessing"/> is used, a fault replaces the request's processing: no state changes
/// (a <see cref="Delay(TimeSpan)"/> fault is the exception: it waits, then processes the request normally).
/// Faults that write a body of the route's success shape (<see cref="ResetMidBody(int)"/>, <see cref="StallBody"/>,
/// <see cref="LargeBody(int, int)"/>) use the success body produced by the processing when there is one. Otherwise
/// they use a sample of that shape: for register and me, the ambassador the bearer token belongs to (for
/// <see cref="PopsellRoute.UpdateMe"/> and <see cref="PopsellRoute.GetMe"/>) or an unsaved ambassador built from the
/// request body; for <see cref="PopsellRoute.Login"/>, <c>{"user":...,"token":...}</c> with the ambassador that has
/// the body's e-mail address (or an unsaved one) and a token that is not stored; for the token routes,
/// <c>{"token":...}</c> with a token that is not stored; for logout and the password routes, their
/// <c>{"message":...}</c>; for <see cref="PopsellRoute.GetBrand"/>, the brand.
/// </remarks>
public sealed partial class PopsellFault
{
    private const string JsonContentType = "application/json";

    private PopsellFault(FaultKind kind, int? statusCode)
    {
        KindValue = kind;
        StatusCode = statusCode;
    }

    private PopsellFault(PopsellFault other)
    {
        KindValue = other.KindValue;
        StatusCode = other.StatusCode;
        ContentType = other.ContentType;
        ResponseBody = other.ResponseBody;
        RetryAfter = other.RetryAfter;
        Location = other.Location;
        DelayDuration = other.DelayDuration;
        SizeInBytes = other.SizeInBytes;
        IsAfterProcessing = other.IsAfterProcessing;
        BodyBytes = other.BodyBytes;
    }

    /// <summary>
    /// Gets the name of the fault kind: <c>Status</c>, <c>Body</c>, <c>Redirect</c>, <c>Delay</c>,
    /// <c>ResetConnection</c>, <c>ResetMidBody</c>, <c>HeadersNeverCome</c>, <c>StallBody</c> or <c>LargeBody</c>
    /// (the name of the factory that created it).
    /// </summary>
    /// <value>The kind's name.</value>
    public string Kind => KindValue switch
    {
        FaultKind.Status => "Status",
        FaultKind.Body => "Body",
        FaultKind.Redirect => "Redirect",
        FaultKind.Delay => "Delay",
        FaultKind.ResetConnection => "ResetConnection",
        FaultKind.ResetMidBody => "ResetMidBody",
        FaultKind.HeadersNeverCome => "HeadersNeverCome",
        FaultKind.StallBody => "StallBody",
        _ => "LargeBody",
    };

    /// <summary>Gets the HTTP status code the fault answers with, if it sends a status line at all.</summary>
    /// <value>The status code; <see langword="null"/> for <see cref="Delay(TimeSpan)"/>, <see cref="ResetConnection"/> and <see cref="HeadersNeverCome"/>.</value>
    public int? StatusCode { get; }

    /// <summary>Gets the <c>Content-Type</c> the fault answers with, if it has a fixed one.</summary>
    /// <value>The content type; <see langword="null"/> when the fault sends none or the usual <c>application/json</c> of an ambassador.</value>
    public string? ContentType { get; private init; }

    /// <summary>Gets the fixed response body of a <see cref="Status(int, string?, TimeSpan?)"/> or <see cref="Body(int, string, string)"/> fault.</summary>
    /// <value>The body text; <see langword="null"/> for faults whose body is generated.</value>
    public string? ResponseBody { get; private init; }

    /// <summary>Gets the raw <c>Retry-After</c> header value the fault sends.</summary>
    /// <value>The header value; <see langword="null"/> when the fault sends no <c>Retry-After</c>.</value>
    public string? RetryAfter { get; private init; }

    /// <summary>Gets the <c>Location</c> of a <see cref="Redirect(int, Uri)"/> fault.</summary>
    /// <value>The redirect target; <see langword="null"/> for other faults.</value>
    public Uri? Location { get; private init; }

    /// <summary>Gets the wait of a <see cref="Delay(TimeSpan)"/> fault.</summary>
    /// <value>The delay; <see langword="null"/> for other faults.</value>
    public TimeSpan? DelayDuration { get; private init; }

    /// <summary>Gets the approximate body size of a <see cref="LargeBody(int, int)"/> fault, in bytes.</summary>
    /// <value>The size; <see langword="null"/> for other faults.</value>
    public int? SizeInBytes { get; private init; }

    /// <summary>Gets a value indicating whether the fault was made by <see cref="AfterProcessing"/>: the request is processed for real first (state changes happen), then the fault is shown instead of the real response.</summary>
    /// <value><see langword="true"/> for copies made by <see cref="AfterProcessing"/>.</value>
    public bool IsAfterProcessing { get; private init; }

    /// <summary>Gets a value indicating whether the request is processed for real (its state changes happen) when this fault applies.</summary>
    /// <value><see langword="true"/> for <see cref="Delay(TimeSpan)"/> faults and for copies made by <see cref="AfterProcessing"/>; otherwise <see langword="false"/>.</value>
    public bool ProcessesRequest => IsAfterProcessing || KindValue == FaultKind.Delay;

    internal FaultKind KindValue { get; }

    /// <summary>Gets the raw body of a <see cref="Body(int, string, byte[])"/> fault, sent instead of <see cref="ResponseBody"/>.</summary>
    internal byte[]? BodyBytes { get; private init; }

    /// <summary>
    /// Returns a copy of this fault that first processes the request for real (creates the ambassador, applies
    /// the patch, answers 422...) and then shows the fault instead of the real response. Use it to prove that a
    /// client never repeats a request whose effect already happened.
    /// </summary>
    /// <returns>The copy; this instance is unchanged.</returns>
    public PopsellFault AfterProcessing() => new(this) { IsAfterProcessing = true };

    /// <summary>Describes the fault, for test output.</summary>
    /// <returns>A description such as <c>Status 503 (Retry-After: 5)</c> or <c>ResetConnection after processing</c>.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(Kind);
        if (StatusCode is { } code)
        {
            text.Append(' ').Append(code.ToString(CultureInfo.InvariantCulture));
        }

        switch (KindValue)
        {
            case FaultKind.Delay:
                text.Append(' ').Append(DelayDuration!.Value.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)).Append(" ms");
                break;
            case FaultKind.Redirect:
                text.Append(" to ").Append(Location!.OriginalString);
                break;
            case FaultKind.Body:
                text.Append(" (").Append(ContentType!.Length == 0 ? "no content type" : ContentType)
                    .Append(", ").Append(ResponseBody!.Length.ToString(CultureInfo.InvariantCulture)).Append(" chars)");
                break;
            case FaultKind.LargeBody:
                text.Append(" (~").Append(SizeInBytes!.Value.ToString(CultureInfo.InvariantCulture)).Append(" bytes)");
                break;
            default:
                break;
        }

        if (RetryAfter is not null)
        {
            text.Append(" (Retry-After: ").Append(RetryAfter).Append(')');
        }

        if (IsAfterProcessing)
        {
            text.Append(" after processing");
        }

        return text.ToString();
    }

    private static void CheckStatus(int statusCode)
    {
        if (statusCode is < 200 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "The status code must be 200 to 599.");
        }
    }

    private static string DefaultBody(int statusCode)
    {
        var reason = ReasonPhrases.GetReasonPhrase(statusCode);
        return JsonText.Message(reason.Length == 0 ? "Error" : reason);
    }
}
