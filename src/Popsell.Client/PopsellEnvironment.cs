namespace Popsell.Client;

/// <summary>The application whose <c>/me</c> route a call goes through: the first segment of <c>/{environment}/me</c>.</summary>
public enum PopsellEnvironment
{
    /// <summary>The manager application: <c>GET</c> and <c>PATCH /manager/me</c>.</summary>
    Manager = 0,

    /// <summary>The widget application: <c>GET</c> and <c>PATCH /widget/me</c>.</summary>
    Widget = 1,

    /// <summary>The platform application: <c>GET /platform/me</c> only (the reference documents no <c>PATCH /platform/me</c>).</summary>
    Platform = 2,
}
