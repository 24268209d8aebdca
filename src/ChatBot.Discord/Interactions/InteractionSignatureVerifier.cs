using System.Text;
using NSec.Cryptography;

namespace ChatBot.Discord.Interactions;

/// <summary>
/// Discord signs every HTTP interaction: Ed25519 over timestamp + body, with the application's public key
/// (receiving-and-responding.mdx#security-and-authorization). Unsigned or badly signed requests get a 401.
/// </summary>
public sealed class InteractionSignatureVerifier
{
    private readonly PublicKey _publicKey;

    public InteractionSignatureVerifier(string publicKeyHex) =>
        _publicKey = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(publicKeyHex), KeyBlobFormat.RawPublicKey);

    public bool IsValid(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || signatureHex is not { Length: 128 })
        {
            return false;
        }

        byte[] signature;
        try
        {
            signature = Convert.FromHexString(signatureHex);
        }
        catch (FormatException)
        {
            return false;
        }

        var stamp = Encoding.UTF8.GetBytes(timestamp);
        var signed = new byte[stamp.Length + body.Length];
        stamp.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(stamp.Length));
        return SignatureAlgorithm.Ed25519.Verify(_publicKey, signed, signature);
    }
}
