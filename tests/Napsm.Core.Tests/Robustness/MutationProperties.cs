using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Napsm.Core.Serialization;
using Napsm.Core.Tests.Hostile;
using Napsm.Core.Tests.Validation;

namespace Napsm.Core.Tests.Robustness;

/// <summary>
/// Mutated design files (byte flips, truncations, token swaps, duplicated and deleted members) give a design or a
/// <see cref="DesignLoadException"/>, never another exception; and whatever loads, the validator and engines handle without throwing.
/// </summary>
public class MutationProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(10_000);

    private static readonly string[] Tokens =
    [
        "{", "}", "[", "]", ",", ":", "\"", "null", "true", "0", "-0", "1e400", "\"unanimity\"", "{\"all\":[", "{\"any\":[", "\"P-5D\"",
        "\"2007-02-30\"", "\"0/0\"", "\"101%\"", "1208925819614629174706176", "\"a\"", "\"id\"", "\"after\"", "\"treaty:x\"",
    ];

    /// <summary>Small valid designs: the rich test design, the minimal one and the seed files below 6 KB.</summary>
    private static readonly byte[][] Valid =
    [
        Encoding.UTF8.GetBytes(HostileCorpus.Everything),
        Encoding.UTF8.GetBytes(HostileCorpus.Minimal),
        .. Repo.SeedDesigns().Select(File.ReadAllBytes).Where(b => b.Length < 6 * 1024),
    ];

    public enum Kind
    {
        FlipBit,
        Truncate,
        SwapTokens,
        InsertToken,
        DuplicateMember,
        DeleteMember,
        DeleteSpan,
    }

    public sealed record Mutation(int Seed, Kind Kind, int Position, int Length, int Bit, int Token)
    {
        public byte[] Apply()
        {
            var source = Valid[Seed % Valid.Length];
            var data = new List<byte>(source);
            int at = data.Count == 0 ? 0 : Position % data.Count;
            switch (Kind)
            {
                case Kind.FlipBit:
                    data[at] ^= (byte)(1 << (Bit % 8));
                    break;
                case Kind.Truncate:
                    data.RemoveRange(at, data.Count - at);
                    break;
                case Kind.SwapTokens:
                    // Exchange two structural characters ({ } [ ] , : ") found from the position onwards.
                    int first = data.FindIndex(at, IsStructural);
                    int second = first < 0 ? -1 : data.FindIndex(first + 1, IsStructural);
                    if (second > 0) (data[first], data[second]) = (data[second], data[first]);
                    break;
                case Kind.InsertToken:
                    data.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[Token % Tokens.Length]));
                    break;
                case Kind.DuplicateMember or Kind.DeleteMember:
                    // A member of an array or object: the span from just after a ',' or '[' or '{' to the next ','.
                    int start = data.FindIndex(at, b => b is (byte)',' or (byte)'[' or (byte)'{');
                    int end = start < 0 ? -1 : data.FindIndex(start + 1, b => b == (byte)',');
                    if (end > start)
                    {
                        var member = data.GetRange(start + 1, end - start);
                        if (Kind == Kind.DuplicateMember) data.InsertRange(start + 1, member);
                        else data.RemoveRange(start + 1, end - start);
                    }

                    break;
                default:
                    data.RemoveRange(at, Math.Min(data.Count - at, 1 + Length % 64));
                    break;
            }

            return [.. data];
        }

        private static bool IsStructural(byte b) => b is (byte)'{' or (byte)'}' or (byte)'[' or (byte)']' or (byte)',' or (byte)':' or (byte)'"';
    }

    private static Arbitrary<Mutation> Mutations() =>
        (from seed in Gen.Choose(0, 10_000)
         from kind in Gen.Elements(Enum.GetValues<Kind>())
         from position in Gen.Choose(0, 1 << 20)
         from length in Gen.Choose(0, 1000)
         from bit in Gen.Choose(0, 7)
         from token in Gen.Choose(0, 1000)
         select new Mutation(seed, kind, position, length, bit, token)).ToArbitrary();

    [Fact]
    public void A_mutated_design_loads_or_gives_a_DesignLoadException_and_what_loads_validates_without_throwing()
    {
        Prop.ForAll(Mutations(), m =>
        {
            var input = m.Apply();
            Exception? escaped = null;
            bool loaded = false, analysed = false;
            try
            {
                loaded = DesignJson.TryParse(input, out var document, out var error, "mutated.json");
                if (loaded)
                {
                    // The validator asks every engine its questions (voting games, schedule, treaty status), within its limits.
                    new Napsm.Core.Validation.DesignValidator().Validate(document!);
                    analysed = true;
                }
                else
                {
                    escaped = error!.GetType() == typeof(DesignLoadException) ? null : error;
                }
            }
            catch (Exception e)
            {
                escaped = e;
            }

            return (escaped is null).Label("no exception other than DesignLoadException: " + escaped)
                .And((!loaded || analysed).Label("a design that loads is validated"));
        }).Check(Config);
    }

    [Fact]
    public void Every_prefix_of_a_valid_design_loads_or_gives_a_DesignLoadException_at_a_position_inside_the_input()
    {
        var bytes = Encoding.UTF8.GetBytes(HostileCorpus.Everything);
        int lines = HostileCorpus.Everything.Count(c => c == '\n') + 1;
        for (int n = 0; n < bytes.Length; n++)
        {
            if (!DesignJson.TryParse(bytes.AsSpan(0, n), out _, out var error))
            {
                Assert.IsType<DesignLoadException>(error);
                Assert.InRange(error.Line, 1, lines);
            }
        }
    }
}
