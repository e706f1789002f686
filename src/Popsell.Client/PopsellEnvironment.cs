namespace Popsell.Client;

/// <summary>The application whose <c>/me</c> route a call goes through: the first segment of <c>PATCH /{environment}/me</c>.</summary>
public enum PopsellEnvironment
{
    /// <summary>The manager application: <c>PATCH /manager/me</c>.</summary>
    Manager = 0,

    /// <summary>The widget application: <c>PATCH /widget/me</c>.</summary>
    Widget = 1,
}
