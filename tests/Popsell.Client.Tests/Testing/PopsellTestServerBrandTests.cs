using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Popsell.Client.Testing;

namespace Popsell.Client.Tests.Testing;

/// <summary>GET /brand on the stand-in: the documented default brand, and a brand the test sets.</summary>
public sealed class PopsellTestServerBrandTests : StandInServerTestBase
{
    /// <summary>Every documented field of the brand, in the documented order (get-brand.txt).</summary>
    internal static readonly string[] DocumentedBrandFields =
    [
        "id_brand", "label", "default_language", "url", "program_label", "front_office_domain", "register_restriction",
        "product_price_display_limit", "widget_wl_cta_chat_topic", "widget_community_default_sort_amb_by", "brand_config",
        "available_content_language", "timezone",
    ];

    [Fact]
    public async Task GetBrand_ServesEveryDocumentedFieldWithAPlausibleValueOfItsType()
    {
        using var response = await Http.SendAsync(ApiRequest(HttpMethod.Get, "brand"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var brand = await ReadObjectAsync(response);
        brand.Select(property => property.Key).Should().Equal(DocumentedBrandFields);
        brand["id_brand"]!.GetValue<int>().Should().Be(1, "seeded ambassadors belong to brand 1");
        foreach (var text in new[] { "label", "default_language", "program_label", "register_restriction", "timezone" })
        {
            brand[text]!.GetValue<string>().Should().NotBeNullOrWhiteSpace(because: text + " is a documented string");
        }

        foreach (var number in new[] { "product_price_display_limit", "widget_wl_cta_chat_topic", "widget_community_default_sort_amb_by" })
        {
            brand[number]!.GetValueKind().Should().Be(JsonValueKind.Number, because: number + " is a documented integer");
        }

        brand["url"]!.GetValue<string>().Should().Be("https://" + Domain);
        brand["front_office_domain"]!.GetValue<string>().Should().Be("https://" + Domain);
        brand["default_language"]!.GetValue<string>().Should().Be("fr_FR");
        brand["brand_config"].Should().BeOfType<JsonObject>().Which.Should().BeEmpty();
        brand["available_content_language"]!.AsArray().Select(language => language!.GetValue<string>()).Should().Equal("fr_FR", "en_GB");
        JsonNode.DeepEquals(brand, Server.GetBrand()).Should().BeTrue();
    }

    [Fact]
    public async Task GetBrand_PointsItsUrlsAtTheConfiguredDomain()
    {
        await using var server = await PopsellTestServer.StartAsync(new PopsellTestServerOptions { Domain = "shop.example" });

        server.GetBrand()["url"]!.GetValue<string>().Should().Be("https://shop.example");
        server.GetBrand()["front_office_domain"]!.GetValue<string>().Should().Be("https://shop.example");
    }

    [Fact]
    public async Task SetBrand_IsServedAsIs_AndTheServerKeepsItsOwnCopy()
    {
        var brand = new JsonObject
        {
            ["id_brand"] = 7,
            ["label"] = null,
            ["brand_config"] = new JsonObject { ["theme"] = "dark" },
            ["a_field_from_the_future"] = true,
        };
        Server.SetBrand(brand);
        brand["id_brand"] = 8;
        Server.GetBrand()["label"] = "changed through a copy";

        using var response = await Http.SendAsync(ApiRequest(HttpMethod.Get, "brand"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be(
            "{\"id_brand\":7,\"label\":null,\"brand_config\":{\"theme\":\"dark\"},\"a_field_from_the_future\":true}");
        FluentActions.Invoking(() => Server.SetBrand(null!)).Should().Throw<ArgumentNullException>();
    }
}
