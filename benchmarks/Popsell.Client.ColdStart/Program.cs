using System.Net;
using Popsell.Client;
using Popsell.Client.Benchmarks;

// Usage: Popsell.Client.ColdStart raw|sdk <base address> <domain> <access token>
// Makes one PATCH manager/me with the full payload and prints "ok <id_ambassador>" when it has completed.
if (args.Length != 4 || args[0] is not ("raw" or "sdk"))
{
    Console.Error.WriteLine("usage: Popsell.Client.ColdStart raw|sdk <base address> <domain> <access token>");
    return 2;
}

var baseAddress = new Uri(args[1]);
int id;
if (args[0] == "raw")
{
    using var http = new HttpClient(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        UseCookies = false,
    })
    { BaseAddress = baseAddress };
    id = (await new HandWrittenClient(http, args[2], args[3]).UpdateMeAsync(HwPayloads.UpdateMe())).IdAmbassador;
}
else
{
    using var client = new PopsellClient(new PopsellClientOptions { BaseAddress = baseAddress, Domain = args[2], AccessToken = args[3] });
    id = (await client.UpdateMeAsync(PopsellEnvironment.Manager, SdkPayloads.UpdateMe())).IdAmbassador;
}

Console.WriteLine("ok " + id.ToString(System.Globalization.CultureInfo.InvariantCulture));
return 0;
