using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Popsell.Client.Testing.Internal;

/// <summary>The state of the auth routes: API keys, token expiry, reset tokens, guests, brand users and the brand.</summary>
internal sealed partial class PopsellBackend
{
    private readonly Dictionary<string, int> _apiKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _resetTokens = [];
    private readonly List<BrandUserRecord> _brandUsers = [];
    private readonly Dictionary<string, BrandUserRecord> _brandUsersByEmail = new(StringComparer.OrdinalIgnoreCase);
    private JsonObject _brand;
    private string? _brandUserApiKey;
    private int _guestCount;

    public string IssueApiKey(int idAmbassador)
    {
        lock (_gate)
        {
            if (!_ambassadors.ContainsKey(idAmbassador))
            {
                throw new ArgumentException("No ambassador has id " + idAmbassador.ToString(CultureInfo.InvariantCulture) + ".", nameof(idAmbassador));
            }

            var apiKey = "psk_" + RandomNumberGenerator.GetHexString(32, lowercase: true);
            _apiKeys[apiKey] = idAmbassador;
            return apiKey;
        }
    }

    public void RevokeApiKey(string apiKey)
    {
        lock (_gate)
        {
            _apiKeys.Remove(apiKey);
        }
    }

    public void ExpireAccessToken(string accessToken)
    {
        lock (_gate)
        {
            if (_tokens.TryGetValue(accessToken, out var session))
            {
                session.Expired = true;
            }
        }
    }

    public bool IsAccessTokenValid(string accessToken)
    {
        lock (_gate)
        {
            return _tokens.TryGetValue(accessToken, out var session) && !session.Expired;
        }
    }

    public string? GetPasswordResetToken(string email)
    {
        lock (_gate)
        {
            return _emails.TryGetValue(email, out var id) && _resetTokens.TryGetValue(id, out var token) ? token : null;
        }
    }

    public string? BrandUserApiKey
    {
        get
        {
            lock (_gate)
            {
                return _brandUserApiKey;
            }
        }

        set
        {
            lock (_gate)
            {
                _brandUserApiKey = value;
            }
        }
    }

    public int GuestCount
    {
        get
        {
            lock (_gate)
            {
                return _guestCount;
            }
        }
    }

    public IReadOnlyList<BrandUser> SnapshotBrandUsers()
    {
        lock (_gate)
        {
            return [.. _brandUsers.Select(user => user.Snapshot())];
        }
    }

    public BrandUser? GetBrandUser(string emailTmp)
    {
        lock (_gate)
        {
            return _brandUsersByEmail.TryGetValue(emailTmp, out var user) ? user.Snapshot() : null;
        }
    }

    public JsonObject GetBrand()
    {
        lock (_gate)
        {
            return (JsonObject)_brand.DeepClone();
        }
    }

    public void SetBrand(JsonObject brand)
    {
        var copy = (JsonObject)brand.DeepClone();
        lock (_gate)
        {
            _brand = copy;
        }
    }
}
