using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Polly.Timeout;
using Popsell.Client.Diagnostics;
using Popsell.Client.Http;
using Popsell.Client.Operations;

namespace Popsell.Client.Tests.Diagnostics;

public class PopsellTelemetryErrorTypeTests
{
    [Theory]
    [InlineData(HttpRequestError.NameResolutionError, "name_resolution_error")]
    [InlineData(HttpRequestError.ConnectionError, "connection_error")]
    [InlineData(HttpRequestError.SecureConnectionError, "secure_connection_error")]
    [InlineData(HttpRequestError.HttpProtocolError, "http_protocol_error")]
    [InlineData(HttpRequestError.ExtendedConnectNotSupported, "extended_connect_not_supported")]
    [InlineData(HttpRequestError.VersionNegotiationError, "version_negotiation_error")]
    [InlineData(HttpRequestError.UserAuthenticationError, "user_authentication_error")]
    [InlineData(HttpRequestError.ProxyTunnelError, "proxy_tunnel_error")]
    [InlineData(HttpRequestError.InvalidResponse, "invalid_response")]
    [InlineData(HttpRequestError.ResponseEnded, "response_ended")]
    [InlineData(HttpRequestError.ConfigurationLimitExceeded, "configuration_limit_exceeded")]
    [InlineData(HttpRequestError.Unknown, "System.Net.Http.HttpRequestException")]
    public void ErrorType_OfATransportFailure_IsDotNetsNameForIt(HttpRequestError error, string expected) =>
        PopsellTelemetry.ErrorType(new HttpRequestException(error, "failed")).Should().Be(expected);

    [Fact]
    public void ErrorType_OfABodyOverTheSizeLimit_IsResponseTooLarge_AndOfACutBody_ResponseEnded()
    {
        PopsellTelemetry.ErrorType(ResponseBodyException.TooLarge(HttpStatusCode.OK, 10, 5)).Should().Be("response_too_large");
        PopsellTelemetry.ErrorType(new ResponseBodyException(HttpStatusCode.OK, new IOException("reset"))).Should().Be("response_ended");
    }

    [Fact]
    public void ErrorType_OfTimeouts_IsTimeout_AndOfAnythingElse_ItsTypeName()
    {
        PopsellTelemetry.ErrorType(new TimeoutRejectedException()).Should().Be("timeout");
        PopsellTelemetry.ErrorType(new TimeoutException()).Should().Be("timeout");
        PopsellTelemetry.ErrorType(new TaskCanceledException()).Should().Be("System.Threading.Tasks.TaskCanceledException");
    }

    [Fact]
    public void Instruments_HaveTheirUnitsDescriptionsBucketsAndTheSdksVersion()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meterFactory = services.GetRequiredService<IMeterFactory>();
        var instruments = new List<Instrument>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, _) =>
            {
                if (ReferenceEquals(instrument.Meter.Scope, meterFactory))
                {
                    instruments.Add(instrument);
                }
            },
        };
        listener.Start();

        PopsellTelemetry.Create(meterFactory);

        var duration = instruments.Should().ContainSingle(i => i.Name == PopsellTelemetry.DurationName).Subject;
        var retries = instruments.Should().ContainSingle(i => i.Name == PopsellTelemetry.RetriesName).Subject;
        duration.Meter.Name.Should().Be("Popsell.Client");
        duration.Meter.Version.Should().Be(PopsellClientInfo.Version);
        duration.Unit.Should().Be("s");
        duration.Description.Should().Contain("retries and their waits included");
#if NET9_0_OR_GREATER
        // .NET 8's System.Diagnostics.DiagnosticSource has no InstrumentAdvice, so the net8.0 build gives none.
        ((Histogram<double>)duration).Advice!.HistogramBucketBoundaries.Should().StartWith(0.005).And.EndWith(100).And.BeInAscendingOrder();
#endif
        retries.Unit.Should().Be("{retry}");
        retries.Description.Should().Contain("error.type");
    }
}
