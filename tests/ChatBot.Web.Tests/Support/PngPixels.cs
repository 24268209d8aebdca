using System.Buffers.Binary;
using System.IO.Compression;

namespace ChatBot.Web.Tests.Support;

/// <summary>Just enough PNG decoding (8-bit RGB/RGBA, not interlaced, as Chromium writes) to count pixels of a colour.</summary>
internal static class PngPixels
{
    public static (int Width, int Height, int Matching) Count(byte[] png, (byte R, byte G, byte B) colour, int tolerance)
    {
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                if (data[8] != 8 || data[12] != 0) throw new NotSupportedException("Only 8-bit, non-interlaced PNGs.");
                channels = data[9] switch { 2 => 3, 6 => 4, _ => throw new NotSupportedException($"PNG colour type {data[9]}.") };
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress)) zlib.CopyTo(inflated);
        var raw = inflated.GetBuffer();
        var stride = width * channels;
        var previous = new byte[stride];
        var row = new byte[stride];
        var matching = 0;
        for (var y = 0; y < height; y++)
        {
            var offset = y * (stride + 1);
            Unfilter(raw[offset], raw.AsSpan(offset + 1, stride), previous, row, channels);
            for (var x = 0; x < stride; x += channels)
            {
                if (Math.Abs(row[x] - colour.R) <= tolerance && Math.Abs(row[x + 1] - colour.G) <= tolerance && Math.Abs(row[x + 2] - colour.B) <= tolerance) matching++;
            }

            (previous, row) = (row, previous);
        }

        return (width, height, matching);
    }

    private static void Unfilter(byte filter, ReadOnlySpan<byte> source, byte[] above, byte[] row, int bpp)
    {
        for (var i = 0; i < source.Length; i++)
        {
            int left = i >= bpp ? row[i - bpp] : 0, up = above[i], upLeft = i >= bpp ? above[i - bpp] : 0;
            row[i] = (byte)(source[i] + filter switch
            {
                0 => 0,
                1 => left,
                2 => up,
                3 => (left + up) / 2,
                4 => Paeth(left, up, upLeft),
                _ => throw new NotSupportedException($"PNG filter {filter}."),
            });
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
