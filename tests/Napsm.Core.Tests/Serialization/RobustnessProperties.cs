using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Napsm.Core.Serialization;
using Napsm.Core.Testing;

namespace Napsm.Core.Tests.Serialization;

/// <summary>Any input bytes give a design or a <see cref="DesignLoadException"/> with a sensible position, never another exception.</summary>
public class RobustnessProperties
{
    /// <summary>A saved design with one edit: bytes deleted, inserted, replaced or cut off.</summary>
    private static Gen<byte[]> Mutated() =>
        from design in DesignGenerators.Design()
        let bytes = Encoding.UTF8.GetBytes(DesignJson.Serialize(design))
        from kind in Gen.Choose(0, 4)
        from at in Gen.Choose(0, bytes.Length - 1)
        from length in Gen.Choose(1, 12)
        from noise in Gen.Elements<byte>((byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)'"', (byte)',', (byte)':', (byte)'-', (byte)'1', (byte)'e', (byte)'.', 0, 0x80, 0xC3, 0xFF, (byte)'\\', (byte)'n').ArrayOf(length)
        select kind switch
        {
            0 => [.. bytes.AsSpan(0, at), .. bytes.AsSpan(Math.Min(bytes.Length, at + length))],
            1 => [.. bytes.AsSpan(0, at), .. noise, .. bytes.AsSpan(at)],
            2 => [.. bytes.AsSpan(0, at), .. noise, .. bytes.AsSpan(Math.Min(bytes.Length, at + noise.Length))],
            3 => bytes[..at],
            _ => Swap(bytes, at, length),
        };

    private static byte[] Swap(byte[] bytes, int at, int length)
    {
        var copy = (byte[])bytes.Clone();
        int other = (at + length * 7) % copy.Length;
        (copy[at], copy[other]) = (copy[other], copy[at]);
        return copy;
    }

    private static Property LoadsOrFailsCleanly(byte[] input)
    {
        try
        {
            if (DesignJson.TryParse(input, out var document, out var error, "f.json"))
            {
                return (document.Design is not null).Label("a design");
            }

            var lines = Encoding.UTF8.GetString(input).Split('\n').Length;
            return (error.Line >= 1 && error.Column >= 1 && error.Line <= Math.Max(1, lines)).Label($"position ({error.Line},{error.Column}) within {lines} lines: {error.Message}")
                .And(error.Reason.Length > 0 && error.JsonPath.StartsWith('$')).Label("a reason and a path: " + error.Message)
                .And(error.Message.StartsWith("f.json(", StringComparison.Ordinal)).Label("the compiler-style form: " + error.Message);
        }
        catch (Exception e)
        {
            return false.Label($"{e.GetType().Name}: {e.Message}");
        }
    }

    [Property(MaxTest = 400)]
    public Property An_edited_design_file_loads_or_fails_with_a_load_error() =>
        Prop.ForAll(Arb.From(Mutated()), LoadsOrFailsCleanly);

    [Property(MaxTest = 300)]
    public Property Random_bytes_fail_with_a_load_error(byte[] input) => LoadsOrFailsCleanly(input ?? []);
}
