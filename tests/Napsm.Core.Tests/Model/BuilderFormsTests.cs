using Napsm.Core.Model;
using Napsm.Core.Serialization;
using NodaTime;

namespace Napsm.Core.Tests.Model;

/// <summary>The fluent forms for everything the format has (#13, item 7), <c>Threshold.Parse</c> and <c>DesignJson.Save</c>.</summary>
public sealed class BuilderFormsTests
{
    [Fact]
    public void Principles_with_norms_treaties_and_commitments_with_to_and_within_are_built_as_the_records_say()
    {
        var design = Design.Create("d", "D")
            .Source("charter", "UN Charter")
            .Member("a", "A")
            .Member("b", "B")
            .Principle("non-use", "Non-use of force", p => p
                .Source("charter")
                .Tags(PrincipleTags.NonUseOfForce)
                .Norm("*", Deontic.MustNot, "use-force", unless: ["self-defence"]))
            .Phase("p1", "First", p => p
                .Source("charter")
                .Commitment("aid", ["a"], "deliver aid", c => c.To("b").Within(Period.FromMonths(2)).InExchangeFor("freeze").Source("charter"))
                .Commitment("freeze", ["b"], "freeze", c => c.Due(new LocalDate(2007, 4, 14))))
            .Treaty("t", "Treaty", t => t
                .Parties("a", "b")
                .OpenedForSignature(new LocalDate(2000, 1, 1))
                .EntryIntoForce(Rule.Unanimity, delay: Period.FromDays(30))
                .Requires(new ElementRef(ElementKind.Phase, "p1"))
                .Ratification("a", new LocalDate(2001, 1, 1), source: "charter")
                .Withdrawal(notice: Period.FromMonths(3))
                .Source("charter"))
            .Build();

        var principle = Assert.Single(design.Principles);
        Assert.Equal(new Principle("non-use", "Non-use of force")
        {
            Source = "charter",
            Tags = [PrincipleTags.NonUseOfForce],
            Norms = [new Norm("*", Deontic.MustNot, "use-force") { Unless = ["self-defence"] }],
        }, principle);
        var phase = Assert.Single(design.Phases);
        Assert.Equal("charter", phase.Source);
        Assert.Equal(new Commitment("aid", ["a"], "deliver aid") { To = ["b"], Within = Period.FromMonths(2), InExchangeFor = ["freeze"], Source = "charter" },
            phase.Commitments[0]);
        Assert.Equal(new LocalDate(2007, 4, 14), phase.Commitments[1].Due);
        Assert.Equal(new Treaty("t", "Treaty", ["a", "b"])
        {
            OpenedForSignature = new LocalDate(2000, 1, 1),
            EntryIntoForce = new EntryIntoForce(Rule.Unanimity) { Delay = Period.FromDays(30) },
            Requires = [new ElementRef(ElementKind.Phase, "p1")],
            Ratifications = [new Ratification("a", new LocalDate(2001, 1, 1)) { Source = "charter" }],
            Withdrawal = new WithdrawalTerms { Notice = Period.FromMonths(3) },
            Source = "charter",
        }, Assert.Single(design.Treaties));
        // What the builder makes, the format keeps.
        Assert.Equal(design, DesignJson.Parse(DesignJson.Serialize(design)).Design);
    }

    [Theory]
    [InlineData("2/3", ThresholdKind.Fraction)]
    [InlineData("55%", ThresholdKind.Percentage)]
    [InlineData("9", ThresholdKind.Count)]
    public void Threshold_parse_reads_what_try_parse_reads(string text, ThresholdKind kind)
    {
        var parsed = Threshold.Parse(text);
        Assert.True(Threshold.TryParse(text, out var expected));
        Assert.Equal(expected, parsed);
        Assert.Equal(kind, parsed.Kind);
        Assert.Equal(text, parsed.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("1/0")]
    [InlineData("two thirds")]
    public void Threshold_parse_rejects_what_try_parse_rejects(string text) =>
        Assert.Throws<FormatException>(() => Threshold.Parse(text));

    [Fact]
    public void Save_writes_the_canonical_text_without_a_byte_order_mark()
    {
        var design = Design.Create("d", "D").Member("a", "A").Build();
        var path = Path.Combine(Path.GetTempPath(), "napsm-save-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            DesignJson.Save(design, path);
            var bytes = File.ReadAllBytes(path);
            Assert.NotEqual(0xEF, bytes[0]);
            Assert.Equal(DesignJson.Serialize(design), File.ReadAllText(path));
            var loaded = DesignJson.Load(path);
            Assert.Equal(design, loaded.Design);
            DesignJson.Save(loaded, path);
            Assert.Equal(DesignJson.Serialize(loaded), File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
