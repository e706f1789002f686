using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Popsell.Client.Testing;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Auth;

/// <summary><c>GET /brand</c>.</summary>
public class GetBrandTests : StandInTest
{
    [Fact]
    public async Task GetBrandAsync_ReadsEveryDocumentedField_KeepsUnknownOnes_AndSendsOnlyTheDomain()
    {
        Server.SetBrand(JsonNode.Parse("""
            {"id_brand":"42","label":"Maison","default_language":"fr_FR","url":"https://maison.example","program_label":"Club",
             "front_office_domain":"https://club.maison.example","register_restriction":"MANUALLY","product_price_display_limit":3,
             "widget_wl_cta_chat_topic":5,"widget_community_default_sort_amb_by":1,"brand_config":{"theme":{"color":"#fff"}},
             "available_content_language":["fr_FR","en_GB"],"timezone":"Europe/Paris","loyalty":true}
            """)!.AsObject());
        var client = CreateClient(o => o.AccessToken = "pst_not-for-brand");

        var brand = await client.GetBrandAsync();

        brand.IdBrand.Should().Be(42, "an integer sent as a string is read");
        brand.Label.Should().Be("Maison");
        brand.DefaultLanguage.Should().Be("fr_FR");
        brand.Url.Should().Be("https://maison.example");
        brand.ProgramLabel.Should().Be("Club");
        brand.FrontOfficeDomain.Should().Be("https://club.maison.example");
        brand.RegisterRestriction.Should().Be("MANUALLY");
        brand.ProductPriceDisplayLimit.Should().Be(3);
        brand.WidgetWlCtaChatTopic.Should().Be(5);
        brand.WidgetCommunityDefaultSortAmbBy.Should().Be(1);
        brand.BrandConfig.GetProperty("theme").GetProperty("color").GetString().Should().Be("#fff");
        brand.AvailableContentLanguage.Should().Equal("fr_FR", "en_GB");
        brand.Timezone.Should().Be("Europe/Paris");
        brand.AdditionalProperties.Should().ContainKey("loyalty");
        var sent = Server.Requests.Single();
        sent.Method.Should().Be("GET");
        sent.Path.Should().Be("/api/v2/brand");
        sent.GetHeader("X-Popsell-Domain").Should().Be(Server.Domain);
        sent.GetHeader("Authorization").Should().BeNull("GET /brand is public");
    }

    [Fact]
    public async Task GetBrandAsync_WhenFieldsAreMissing_NeverReturnsNull()
    {
        Server.EnqueueFault(PopsellRoute.GetBrand, PopsellFault.Body(200, "application/json", """{"id_brand":1}"""));

        var brand = await CreateClient().GetBrandAsync();

        brand.Label.Should().BeEmpty();
        brand.AvailableContentLanguage.Should().BeEmpty();
        brand.BrandConfig.ValueKind.Should().Be(JsonValueKind.Undefined);
    }

    [Fact]
    public async Task GetBrandAsync_WhenServerReturns502_RetriesThenSucceeds()
    {
        Server.EnqueueFault(PopsellRoute.GetBrand, PopsellFault.Status(502));

        (await CreateClient().GetBrandAsync()).Label.Should().NotBeEmpty();

        Server.CountRequests(PopsellRoute.GetBrand).Should().Be(2);
    }

    [Fact]
    public async Task GetBrandAsync_WithoutADomain_ThrowsBeforeSending()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => CreateClient(o => o.Domain = null).GetBrandAsync());

        error.Message.Should().Contain("GET /brand needs the X-Popsell-Domain header");
        Server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task GetBrandAsync_ForADomainTheServerDoesNotKnow_IsA401()
    {
        var error = (await CreateClient(o => o.Domain = "unknown.example").Invoking(c => c.GetBrandAsync()).Should().ThrowAsync<PopsellApiException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public void Brand_RoundTripsThroughAnySerializer_InItsWireForm()
    {
        var brand = JsonSerializer.Deserialize<Brand>("""{"id_brand":9,"label":"L","brand_config":{"a":1},"extra":"kept"}""")!;

        var json = JsonSerializer.Serialize(brand);

        json.Should().Contain("\"id_brand\":9").And.Contain("\"brand_config\":{\"a\":1}").And.Contain("\"extra\":\"kept\"");
        JsonSerializer.Serialize(new Brand { Label = "no config" }).Should().Contain("\"label\":\"no config\"").And.NotContain("brand_config");
    }
}
