using System.Buffers.Binary;
using System.IO.Compression;

namespace Napsm.Core.Tests.Reporting.Html;

/// <summary>
/// A minimal PNG reader for the screenshots: 8-bit RGB or RGBA, not interlaced (what Chromium writes); enough to measure how much a
/// page varies. Refuses anything else by name.
/// </summary>
internal sealed record Png(int Width, int Height, byte[] Rgb)
{
    public static Png Read(byte[] file)
    {
        if (file.Length < 8 || !file.AsSpan(0, 8).SequenceEqual(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 })) throw new InvalidDataException("not a PNG");
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at + 8 <= file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(file, at + 4, 4);
            var data = file.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                if (data[8] != 8 || data[12] != 0) throw new InvalidDataException("only 8-bit, non-interlaced PNG");
                channels = data[9] switch { 2 => 3, 6 => 4, var t => throw new InvalidDataException("PNG colour type " + t) };
            }
            else if (type == "IDAT") idat.Write(data);
            else if (type == "IEND") break;
            at += 12 + length;
        }

        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        var stride = width * channels;
        var raw = new byte[(stride + 1) * height];
        var read = 0;
        while (read < raw.Length)
        {
            var n = z.Read(raw, read, raw.Length - read);
            if (n == 0) throw new InvalidDataException("truncated PNG data");
            read += n;
        }

        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                int a = x >= channels ? pixels[y * stride + x - channels] : 0;
                int b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
                int c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
                int v = raw[y * (stride + 1) + 1 + x];
                pixels[y * stride + x] = (byte)(filter switch
                {
                    0 => v,
                    1 => v + a,
                    2 => v + b,
                    3 => v + (a + b) / 2,
                    4 => v + Paeth(a, b, c),
                    _ => throw new InvalidDataException("PNG filter " + filter),
                });
            }
        }

        var rgb = new byte[width * height * 3];
        for (var i = 0; i < width * height; i++)
        {
            rgb[i * 3] = pixels[i * channels];
            rgb[i * 3 + 1] = pixels[i * channels + 1];
            rgb[i * 3 + 2] = pixels[i * channels + 2];
        }

        return new Png(width, height, rgb);
    }

    /// <summary>The variance of the pixels' luminance (0 for a blank page).</summary>
    public double LuminanceVariance()
    {
        double sum = 0, sq = 0;
        var n = Width * Height;
        for (var i = 0; i < n; i++)
        {
            var l = 0.2126 * Rgb[i * 3] + 0.7152 * Rgb[i * 3 + 1] + 0.0722 * Rgb[i * 3 + 2];
            sum += l;
            sq += l * l;
        }

        var mean = sum / n;
        return sq / n - mean * mean;
    }

    /// <summary>How many distinct colours the image has (a blank or single-colour page has one).</summary>
    public int DistinctColours() => Enumerable.Range(0, Width * Height).Select(i => (Rgb[i * 3] << 16) | (Rgb[i * 3 + 1] << 8) | Rgb[i * 3 + 2]).Distinct().Count();

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
