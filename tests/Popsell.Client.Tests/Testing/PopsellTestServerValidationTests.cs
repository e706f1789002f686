using System.Net;
using System.Text.Json.Nodes;
using Popsell.Client.Testing;

namespace Popsell.Client.Tests.Testing;

/// <summary>The stand-in's 422s in Laravel's shape, on POST /auth/register and PATCH /{environment}/me.</summary>
public sealed class PopsellTestServerValidationTests : StandInServerTestBase
{
    // ---------------------------------------------------------------- POST /auth/register: 422

    [Fact]
    public async Task Register_WhenEmailMissing_Returns422InLaravelShape()
    {
        var request = ValidRegistration();
        request.Remove("email");

        using var response = await RegisterAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var body = await ReadObjectAsync(response);
        body.Select(property => property.Key).Should().Equal("message", "errors");
        body["message"]!.GetValue<string>().Should().Be("The email field is required.");
        body["errors"]!.AsObject().Select(property => property.Key).Should().Equal("email");
        body["errors"]!["email"]!.AsArray().Select(message => message!.GetValue<string>())
            .Should().Equal("The email field is required.");
        Server.AmbassadorCount.Should().Be(0);
    }

    [Fact]
    public async Task Register_WithEmptyObject_SummarizesTheFirstErrorAndCountsTheRest()
    {
        using var response = await RegisterAsync(new JsonObject());

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var body = await ReadObjectAsync(response);
        body["message"]!.GetValue<string>().Should().Be("The firstname field is required. (and 3 more errors)");
        body["errors"]!.AsObject().Select(property => property.Key).Should().Equal("firstname", "lastname", "email", "password");
        body["errors"]!["password"]![0]!.GetValue<string>().Should().Be("The password field is required.");
    }

    [Fact]
    public async Task Register_WithTwoErrors_SaysOneMoreErrorInTheSingular()
    {
        var request = ValidRegistration();
        request["email"] = "not-an-email";
        request["password"] = "short";

        using var response = await RegisterAsync(request);

        var body = await ReadObjectAsync(response);
        body["message"]!.GetValue<string>().Should().Be("The email field must be a valid email address. (and 1 more error)");
        body["errors"]!["password"]![0]!.GetValue<string>().Should().Be("The password field must be at least 8 characters.");
    }

    [Fact]
    public async Task Register_WhenEmailAlreadyTaken_Returns422TakenCaseInsensitively()
    {
        Server.SeedAmbassador("ada@example.com");

        using var response = await RegisterAsync(ValidRegistration("ADA@Example.com"));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var body = await ReadObjectAsync(response);
        body["message"]!.GetValue<string>().Should().Be("The email has already been taken.");
        Server.AmbassadorCount.Should().Be(1);
    }

    [Theory]
    [InlineData("firstname", "42", "firstname", "The firstname field must be a string.")]
    [InlineData("firstname", "\"   \"", "firstname", "The firstname field is required.")]
    [InlineData("gender", "42", "gender", "The gender field must be a string.")]
    [InlineData("phone_1", "true", "phone_1", "The phone 1 field must be a string.")]
    [InlineData("linkedIn_account", "{}", "linkedIn_account", "The linked in account field must be a string.")]
    [InlineData("email", "\"ada@@example.com\"", "email", "The email field must be a valid email address.")]
    [InlineData("email", "123", "email", "The email field must be a valid email address.")]
    [InlineData("password", "12345678", "password", "The password field must be a string.")]
    [InlineData("password", "\"1234567\"", "password", "The password field must be at least 8 characters.")]
    [InlineData("roles", "\"admin\"", "roles", "The roles field must be an array.")]
    [InlineData("roles", "[1]", "roles.0", "The roles.0 field must be an array.")]
    [InlineData("roles", "[{\"status_role\":1}]", "roles.0.status_role", "The roles.0.status role field must be a string.")]
    [InlineData("address", "[{\"city\":\"Paris\"},{\"postcode\":75001}]", "address.1.postcode", "The address.1.postcode field must be a string.")]
    public async Task Register_WithInvalidField_Returns422ForThatField(string field, string json, string errorKey, string message)
    {
        var request = ValidRegistration();
        request[field] = JsonNode.Parse(json);

        using var response = await RegisterAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var body = await ReadObjectAsync(response);
        body["message"]!.GetValue<string>().Should().Be(message);
        body["errors"]!.AsObject().Select(property => property.Key).Should().Equal(errorKey);
    }

    [Fact]
    public async Task Register_WithConfiguredMinimumPasswordLength_UsesItInTheMessage()
    {
        await using var server = await PopsellTestServer.StartAsync(new PopsellTestServerOptions { MinimumPasswordLength = 12 });
        using var http = CreateClient(server);
        var request = ValidRegistration();
        request["password"] = "elevenchars";

        using var response = await http.SendAsync(RegisterRequest(request, Domain));

        var body = await ReadObjectAsync(response);
        body["message"]!.GetValue<string>().Should().Be("The password field must be at least 12 characters.");
    }

    // ---------------------------------------------------------------- PATCH /{environment}/me: 422

    [Theory]
    [InlineData("firstname", "null", "The firstname field must be a string.")]
    [InlineData("phone_2", "null", "The phone 2 field must be a string.")]
    [InlineData("lastname", "7", "The lastname field must be a string.")]
    [InlineData("optin_cgu", "\"yes\"", "The optin cgu field must be true or false.")]
    [InlineData("notification_chat", "null", "The notification chat field must be true or false.")]
    [InlineData("email", "null", "The email field must be a string.")]
    [InlineData("email", "\"nope\"", "The email field must be a valid email address.")]
    [InlineData("password", "\"short\"", "The password field must be at least 8 characters.")]
    public async Task UpdateMe_WithInvalidValue_Returns422AndChangesNothing(string field, string json, string message)
    {
        var ambassador = Server.SeedAmbassador("ada@example.com");
        var before = Server.GetAmbassador(ambassador.IdAmbassador);

        using var response = await PatchAsync(ambassador.AccessToken, new JsonObject { [field] = JsonNode.Parse(json), ["username"] = "changed" });

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var body = await ReadObjectAsync(response);
        body["message"]!.GetValue<string>().Should().Be(message);
        body["errors"]!.AsObject().Select(property => property.Key).Should().Equal(field);
        JsonNode.DeepEquals(Server.GetAmbassador(ambassador.IdAmbassador), before).Should().BeTrue();
    }

    [Fact]
    public async Task UpdateMe_WithEmailOfAnotherAmbassador_Returns422Taken_ButAcceptsItsOwnEmail()
    {
        var ada = Server.SeedAmbassador("ada@example.com");
        Server.SeedAmbassador("grace@example.com");

        using var taken = await PatchAsync(ada.AccessToken, new JsonObject { ["email"] = "Grace@example.com" });
        using var own = await PatchAsync(ada.AccessToken, new JsonObject { ["email"] = "ada@example.com" });
        using var moved = await PatchAsync(ada.AccessToken, new JsonObject { ["email"] = "ada.l@example.com" });
        using var reuse = await RegisterAsync(ValidRegistration("ada@example.com"));

        taken.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await ReadObjectAsync(taken))["message"]!.GetValue<string>().Should().Be("The email has already been taken.");
        own.StatusCode.Should().Be(HttpStatusCode.OK);
        moved.StatusCode.Should().Be(HttpStatusCode.OK);
        reuse.StatusCode.Should().Be(HttpStatusCode.Created, "the old address was freed by the change");
    }
}
