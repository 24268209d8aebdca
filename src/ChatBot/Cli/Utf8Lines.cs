using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace ChatBot.Host.Cli;

/// <summary>One line of input: its 1-based number and its text, or null text when the bytes are not valid UTF-8.</summary>
internal readonly record struct InputLine(int Number, string? Text);

/// <summary>Splits a byte stream on '\n' and decodes each line strictly: invalid UTF-8 is reported, never replaced.</summary>
internal static class Utf8Lines
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async IAsyncEnumerable<InputLine> ReadAsync(Stream input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var line = new ArrayBufferWriter<byte>(256);
        var buffer = new byte[64 * 1024];
        var number = 0;
        int read;
        while ((read = await input.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            var chunk = buffer.AsMemory(0, read);
            int newline;
            while ((newline = chunk.Span.IndexOf((byte)'\n')) >= 0)
            {
                line.Write(chunk.Span[..newline]);
                yield return Decode(++number, line.WrittenSpan);
                line.ResetWrittenCount();
                chunk = chunk[(newline + 1)..];
            }

            line.Write(chunk.Span);
        }

        if (line.WrittenCount > 0)
        {
            yield return Decode(++number, line.WrittenSpan);
        }
    }

    private static InputLine Decode(int number, ReadOnlySpan<byte> bytes)
    {
        if (number == 1 && bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        if (bytes.EndsWith("\r"u8)) bytes = bytes[..^1];
        try
        {
            return new InputLine(number, Strict.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            return new InputLine(number, null);
        }
    }
}
