using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Popsell.Client.Testing.Internal;

/// <summary>
/// The state of one stand-in server: ambassadors, tokens, the journal and the fault queues (and, in
/// <c>PopsellBackend.Credentials.cs</c>, API keys, reset tokens, guests, brand users and the brand), all behind one lock.
/// </summary>
internal sealed partial class PopsellBackend
{
    private readonly object _gate = new();
    private readonly Dictionary<int, AmbassadorRecord> _ambassadors = [];
    private readonly Dictionary<string, int> _emails = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TokenRecord> _tokens = new(StringComparer.Ordinal);
    private readonly List<RecordedRequest> _journal = [];
    /// <summary>One more than the largest <see cref="PopsellRoute"/>: the size of the per-route counts and fault queues.</summary>
    private const int RouteCount = (int)LastRoute + 1;

    private readonly int[] _counts = new int[RouteCount];
    private readonly Queue<PopsellFault>[] _faults = [.. Enumerable.Range(0, RouteCount).Select(_ => new Queue<PopsellFault>())];
    private readonly List<JournalWaiter> _waiters = [];
    private readonly string _domain;
    private readonly bool _acceptAnyDomain;
    private readonly int _minimumPasswordLength;
    private readonly TimeProvider _time;
    private readonly bool _recordRequests;
    private int _lastId;
    private bool _closed;

    public PopsellBackend(string domain, bool acceptAnyDomain, int minimumPasswordLength, TimeProvider timeProvider, bool recordRequests = true)
    {
        _recordRequests = recordRequests;
        _domain = domain;
        _acceptAnyDomain = acceptAnyDomain;
        _minimumPasswordLength = minimumPasswordLength;
        _time = timeProvider;
        _brand = AuthSchema.CreateBrand(domain);
    }

    /// <summary>The largest <see cref="PopsellRoute"/>; every value from <see cref="PopsellRoute.Any"/> to it is a route.</summary>
    public const PopsellRoute LastRoute = PopsellRoute.GetBrand;

    public TimeProvider Time => _time;

    // ---- direct state access ----

    public int AmbassadorCount
    {
        get
        {
            lock (_gate)
            {
                return _ambassadors.Count;
            }
        }
    }

    public JsonObject? GetAmbassador(int idAmbassador)
    {
        lock (_gate)
        {
            return _ambassadors.TryGetValue(idAmbassador, out var record) ? (JsonObject)record.Wire.DeepClone() : null;
        }
    }

    public JsonObject? GetHiddenFields(int idAmbassador)
    {
        lock (_gate)
        {
            return _ambassadors.TryGetValue(idAmbassador, out var record) ? (JsonObject)record.Hidden.DeepClone() : null;
        }
    }

    public bool VerifyPassword(int idAmbassador, string password)
    {
        lock (_gate)
        {
            return _ambassadors.TryGetValue(idAmbassador, out var record) && string.Equals(record.Password, password, StringComparison.Ordinal);
        }
    }

    public SeededAmbassador Seed(string email, string firstname, string lastname, string password)
    {
        lock (_gate)
        {
            if (_emails.ContainsKey(email))
            {
                throw new InvalidOperationException("An ambassador with the e-mail address '" + email + "' already exists.");
            }

            var id = ++_lastId;
            var wire = AmbassadorSchema.CreateTemplate();
            var now = Now();
            wire["id_ambassador"] = id;
            wire["date_insert"] = now;
            wire["date_update"] = now;
            wire["firstname"] = firstname;
            wire["lastname"] = lastname;
            wire["email"] = email;
            _ambassadors.Add(id, new AmbassadorRecord(wire, password));
            _emails[email] = id;
            return new SeededAmbassador(id, email, IssueTokenLocked(id));
        }
    }

    public string IssueAccessToken(int idAmbassador)
    {
        lock (_gate)
        {
            if (!_ambassadors.ContainsKey(idAmbassador))
            {
                throw new ArgumentException("No ambassador has id " + idAmbassador.ToString(CultureInfo.InvariantCulture) + ".", nameof(idAmbassador));
            }

            return IssueTokenLocked(idAmbassador);
        }
    }

    public void RevokeAccessToken(string accessToken)
    {
        lock (_gate)
        {
            _tokens.Remove(accessToken);
        }
    }

    public bool DeleteAmbassador(int idAmbassador)
    {
        lock (_gate)
        {
            if (!_ambassadors.Remove(idAmbassador, out var record))
            {
                return false;
            }

            if (JsonText.AsString(record.Wire["email"]) is { } email && _emails.TryGetValue(email, out var owner) && owner == idAmbassador)
            {
                _emails.Remove(email);
            }

            _resetTokens.Remove(idAmbassador);
            return true;
        }
    }

    public void SetAmbassadorField(int idAmbassador, string field, JsonNode? value)
    {
        lock (_gate)
        {
            var record = Existing(idAmbassador);
            var copy = value?.DeepClone();
            if (string.Equals(field, "email", StringComparison.Ordinal))
            {
                ReindexEmail(record, idAmbassador, JsonText.AsString(copy));
            }

            record.Wire[field] = copy;
        }
    }

    public bool RemoveAmbassadorField(int idAmbassador, string field)
    {
        lock (_gate)
        {
            var record = Existing(idAmbassador);
            if (string.Equals(field, "email", StringComparison.Ordinal))
            {
                ReindexEmail(record, idAmbassador, null);
            }

            return record.Wire.Remove(field);
        }
    }

    private AmbassadorRecord Existing(int idAmbassador) =>
        _ambassadors.TryGetValue(idAmbassador, out var record)
            ? record
            : throw new ArgumentException("No ambassador has id " + idAmbassador.ToString(CultureInfo.InvariantCulture) + ".", nameof(idAmbassador));

    private void ReindexEmail(AmbassadorRecord record, int idAmbassador, string? newEmail)
    {
        if (JsonText.AsString(record.Wire["email"]) is { } old && _emails.TryGetValue(old, out var owner) && owner == idAmbassador)
        {
            _emails.Remove(old);
        }

        if (newEmail is not null)
        {
            _emails[newEmail] = idAmbassador;
        }
    }

    private string IssueTokenLocked(int idAmbassador) => IssueTokenLocked(TokenKind.Ambassador, idAmbassador);

    private string IssueTokenLocked(TokenKind kind, int ownerId)
    {
        var token = NewToken();
        _tokens[token] = new TokenRecord(kind, ownerId);
        return token;
    }

    /// <summary>A fresh opaque token, <c>pst_</c> and 32 lowercase hex digits (not stored).</summary>
    private static string NewToken() => "pst_" + RandomNumberGenerator.GetHexString(32, lowercase: true);

    private string Now() =>
        _time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
