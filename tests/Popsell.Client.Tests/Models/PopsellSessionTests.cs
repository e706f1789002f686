namespace Popsell.Client.Tests.Models;

/// <summary>A session prints the ambassador it holds, and never its token.</summary>
public class PopsellSessionTests
{
    [Fact]
    public void ToString_PrintsTheAmbassador_AndMasksTheToken()
    {
        var session = new PopsellSession
        {
            User = new Ambassador { IdAmbassador = 42, Firstname = "Grace" },
            AccessToken = "pst_secret-session-token",
        };

        var text = session.ToString();

        text.Should().Contain("User = Ambassador {").And.Contain("Firstname = Grace").And.Contain("IdAmbassador = 42");
        text.Should().NotContain("pst_secret-session-token");
    }
}
