using Napsm.Core.Model;
using Napsm.Core.Serialization;
using NodaTime;

namespace Napsm.Core.Tests.Model;

public class DesignModelTests
{
    private static readonly string[] Permanent = ["cn", "fr", "ru", "uk", "us"];

    private static Design Unsc()
    {
        var all = Permanent.Concat(Enumerable.Range(1, 10).Select(i => $"e{i}")).ToArray();
        var builder = Design.Create("unsc", "UN Security Council").AsOf(new LocalDate(1965, 8, 31));
        foreach (var id in all) builder.Member(id, id.ToUpperInvariant(), m => m.Kind("state"));
        return builder
            .Body("council", "Security Council", b => b
                .Voters(all)
                .Rule(Rule.All(Rule.AtLeast(9), Rule.Veto(Permanent))))
            .Build();
    }

    [Fact]
    public void The_builder_reads_like_the_institution()
    {
        var design = Unsc();

        Assert.Equal(15, design.Members.Count);
        var council = Assert.Single(design.Bodies);
        Assert.Equal(15, council.Voters.Count);
        Assert.Equal("all(atLeast 9, veto[cn, fr, ru, uk, us])", council.Rule.ToString());
    }

    [Fact]
    public void Equality_survives_a_copy_of_the_lists()
    {
        var design = Unsc();
        var copy = design with
        {
            Members = design.Members.ToList(),
            Bodies = design.Bodies.Select(b => b with { Voters = b.Voters.ToArray(), Rule = Rule.All(Rule.AtLeast(9), Rule.Veto(Permanent.ToList())) }).ToList(),
        };

        Assert.Equal(design, copy);
        Assert.Equal(design.GetHashCode(), copy.GetHashCode());
    }

    [Fact]
    public void Equality_survives_a_round_trip_through_the_file_format()
    {
        var design = Unsc();

        Assert.Equal(design, DesignJson.Parse(DesignJson.Serialize(design)).Design);
    }

    [Fact]
    public void Designs_that_differ_in_one_voter_are_not_equal()
    {
        var design = Unsc();
        var other = design with { Bodies = [design.Bodies[0] with { Voters = design.Bodies[0].Voters.Skip(1).ToList() }] };

        Assert.NotEqual(design, other);
    }

    [Fact]
    public void Attribute_maps_compare_without_regard_to_order()
    {
        var a = new Member("a", "A") { Attributes = new Dictionary<string, AttributeValue> { ["x"] = 1, ["y"] = 2 } };
        var b = new Member("a", "A") { Attributes = new Dictionary<string, AttributeValue> { ["y"] = 2, ["x"] = 1 } };

        Assert.Equal(a, b);
    }
}
