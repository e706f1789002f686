using System.Text.Json;
using System.Text.Json.Nodes;
using Popsell.Client.Serialization;
using Popsell.Client.Tests.Support;

namespace Popsell.Client.Tests.Models;

public class RegisterRequestTests
{
    internal static RegisterRequest Minimal(string email = "ada@example.com") => new()
    {
        Firstname = "Ada",
        Lastname = "Lovelace",
        Email = email,
        Password = "correct-horse-battery",
    };

    private static JsonObject Wire(RegisterRequest request) =>
        JsonNode.Parse(JsonSerializer.Serialize(request, PopsellJsonContext.Default.RegisterRequest))!.AsObject();

    [Fact]
    public void Serialize_WhenOnlyRequiredFieldsAreSet_SendsOnlyThem()
    {
        Wire(Minimal()).Select(p => p.Key).Should().BeEquivalentTo("firstname", "lastname", "email", "password");
    }

    [Fact]
    public void Serialize_WhenEveryFieldIsSet_UsesEveryDocumentedWireName()
    {
        var request = Minimal() with
        {
            KeyData = "k", CustomerId = "c", BrokerId = "b", SupervisorIdentity = "s", AmbassadorIdReferrer = "r", IdWs = "w",
            IdWsReferrer = "wr", Image = "i", Gender = "f", Username = "ada", Description = "d", MotivationLetter = "m",
            Dob = "1815-12-10", Lang = "en", StoreId = "st", Phone1 = "1", Phone2 = "2", FbAccount = "fb", TwitterAccount = "tw",
            InstagramAccount = "ig", LinkedInAccount = "li", YoutubeAccount = "yt",
            ShopifyCustomerId = "sh", FacebookId = "fbid", GoogleId = "g", AppleId = "a", IdAddressGeocode = "geo", TiktokAccount = "tt",
            Roles = [new AmbassadorRole { StatusRole = "ambassador" }],
            Address = [new AmbassadorAddress { Latitude = "1", Longitude = "2", City = "London", Postcode = "W1", Country = "GB", Street = "St James's Square", Street2 = "12" }],
        };

        var json = Wire(request);

        json.Select(p => p.Key).Should().BeEquivalentTo(WireNames.RegisterBody);
        json["linkedIn_account"]!.GetValue<string>().Should().Be("li");
        json["phone_1"]!.GetValue<string>().Should().Be("1");
        json["roles"]!.ToJsonString().Should().Be("""[{"status_role":"ambassador"}]""");
        json["address"]![0]!.AsObject().Select(p => p.Key).Should().Equal("latitude", "longitude", "city", "postcode", "country", "street", "street2");
    }

    [Fact]
    public void ToString_PrintsEverySetField_InDeclarationOrder_WithItsValue()
    {
        var role = new AmbassadorRole { StatusRole = "ambassador" };
        var address = new AmbassadorAddress { City = "London" };
        var request = Minimal() with
        {
            KeyData = "k", CustomerId = "c", BrokerId = "b", SupervisorIdentity = "s", AmbassadorIdReferrer = "r", IdWs = "w",
            IdWsReferrer = "wr", Image = "i", Gender = "f", Username = "ada", Description = "d", MotivationLetter = "m",
            Dob = "1815-12-10", Lang = "en", StoreId = "st", Phone1 = "1", Phone2 = "2", FbAccount = "fb", TwitterAccount = "tw",
            InstagramAccount = "ig", LinkedInAccount = "li", YoutubeAccount = "yt", Roles = [role], Address = [address, address],
        };

        request.ToString().Should().Be(
            "RegisterRequest { KeyData = k, CustomerId = c, BrokerId = b, SupervisorIdentity = s, AmbassadorIdReferrer = r, IdWs = w, " +
            "IdWsReferrer = wr, Image = i, Gender = f, Firstname = Ada, Lastname = Lovelace, Username = ada, Description = d, " +
            "MotivationLetter = m, Email = ada@example.com, Dob = 1815-12-10, Lang = en, StoreId = st, Phone1 = 1, Phone2 = 2, " +
            "FbAccount = fb, TwitterAccount = tw, InstagramAccount = ig, LinkedInAccount = li, YoutubeAccount = yt, Password = ***, " +
            $"Roles = [{role}], Address = [{address}, {address}] }}");
    }

    [Fact]
    public void ToString_MasksThePassword_AndOmitsUnsetFields()
    {
        var text = (Minimal() with { Lang = "fr" }).ToString();

        text.Should().Be("RegisterRequest { Firstname = Ada, Lastname = Lovelace, Email = ada@example.com, Lang = fr, Password = *** }");
        text.Should().NotContain("correct-horse-battery");
    }
}
