using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Napsm.Core.Model;
using Napsm.Core.Serialization;
using Napsm.Core.Testing;
using Napsm.Core.Tests.Validation;

namespace Napsm.Core.Tests.Model;

/// <summary>
/// <see cref="Design.References"/> is the one walk over references (#13): each pointer it yields is a place in the file that holds the
/// id it names, and the renaming transform renames exactly what it yields.
/// </summary>
public sealed class DesignReferencesTests
{
    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Repo.Path("seeds"), "*.json").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_reference_of_a_seed_points_at_the_id_it_names(string seed)
    {
        var path = Repo.Path("seeds", seed);
        var design = DesignJson.Load(path).Design;
        var root = JsonNode.Parse(File.ReadAllText(path));
        var references = design.References().ToList();
        Assert.NotEmpty(references);
        foreach (var r in references)
        {
            var node = Resolve(root, r.JsonPointer);
            Assert.True(node is not null, $"{seed}: {r.JsonPointer} ({r.Role}) is not in the file");
            // A weighted voter's id is the key its weight is under; a requirement is written KIND:ID, a timing event ID.MOMENT;
            // every other reference is the id at its pointer.
            var text = r.Role == ReferenceRole.WeightedVoter ? null : node!.GetValue<string>();
            switch (r.Role)
            {
                // A compound voter (#15) is written body:ID and refers to the body ID.
                case ReferenceRole.WeightedVoter:
                    Assert.Equal(r.Target == ReferenceTarget.Body ? CompoundVoters.Of(r.Id) : r.Id, Unescape(r.JsonPointer[(r.JsonPointer.LastIndexOf('/') + 1)..]));
                    break;
                case ReferenceRole.Voter when r.Target == ReferenceTarget.Body:
                    Assert.Equal(CompoundVoters.Of(r.Id), text);
                    break;
                case ReferenceRole.Requirement:
                    Assert.Equal(new ElementRef(r.Kind!.Value, r.Id).ToString(), text);
                    break;
                case ReferenceRole.TimingFrom or ReferenceRole.TimingTo:
                    Assert.True(EventRef.TryParse(text, out var e) && e.Id == r.Id && e.ElementKind == r.Kind, $"{seed}: {r.JsonPointer} is {text}");
                    break;
                default:
                    Assert.Equal(r.Id, text);
                    break;
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Renaming_a_seed_renames_every_reference_it_has(string seed)
    {
        var design = DesignJson.Load(Repo.Path("seeds", seed)).Design;
        Assert.Equal(Expected(design), Actual(DesignTransforms.RenameIds(design, Rename)));
    }

    [Property(Arbitrary = new[] { typeof(DesignArbitraries) }, MaxTest = 100)]
    public Property Renaming_a_generated_design_renames_every_reference_it_has(Design design) =>
        Expected(design).SequenceEqual(Actual(DesignTransforms.RenameIds(design, Rename))).Label("references of rename(d) == rename(references of d)");

    [Fact]
    public void Matters_quorums_attribute_sources_and_alignments_are_walked_with_their_pointers()
    {
        var design = new Design("d", "D")
        {
            Members = [new Member("a", "A") { Attributes = new Dictionary<string, AttributeValue> { ["gdp/cap"] = new(1) { Source = "s" } } }],
            Bodies =
            [
                new Body("b", "B", ["a"], new VetoRule(["a"]))
                {
                    Decisions =
                    [
                        new Decision(Decision.DefaultMatter, new VetoRule(["a"])),
                        new Decision("budget", WeightedRule.ByAttribute("gdp/cap", Comparison.AtLeast, Threshold.Percentage(50)))
                        {
                            Quorum = new HeadCountRule(Comparison.AtLeast, Threshold.Count(1)) { Of = ["x"] },
                            Source = "s",
                        },
                    ],
                },
            ],
            Alignments = [new Alignment("al", [["a", "y"]]) { Excluded = ["z"], Source = "s" }],
        };
        var got = design.References().Select(r => (r.Role, r.Id, r.JsonPointer, r.Matter, r.Attribute)).ToList();
        Assert.Equal(
            [
                (ReferenceRole.Source, "s", "/members/0/attributes/gdp~1cap/source", null, "gdp/cap"),
                (ReferenceRole.Voter, "a", "/bodies/0/voters/0", null, null),
                (ReferenceRole.VetoHolder, "a", "/bodies/0/rule/veto/0", Decision.DefaultMatter, null),
                (ReferenceRole.WeightAttribute, "gdp/cap", "/bodies/0/decisions/0/rule/weighted/by", "budget", null),
                (ReferenceRole.CountedVoter, "x", "/bodies/0/decisions/0/quorum/of/0", "budget", null),
                (ReferenceRole.Source, "s", "/bodies/0/decisions/0/source", "budget", null),
                (ReferenceRole.BlocMember, "a", "/alignments/0/blocs/0/0", null, null),
                (ReferenceRole.BlocMember, "y", "/alignments/0/blocs/0/1", null, null),
                (ReferenceRole.Excluded, "z", "/alignments/0/excluded/0", null, null),
                (ReferenceRole.AlignmentSource, "s", "/alignments/0/source", null, null),
            ],
            got);
        Assert.Null(design.References().Single(r => r.Role == ReferenceRole.WeightAttribute).Kind);
        Assert.Equal(new ElementRef(ElementKind.Body, "b"), design.References().Single(r => r.Role == ReferenceRole.CountedVoter).Owner);
    }

    private static string Rename(string id) => "r-" + id;

    // What the renamed design should say: the same references, each element id renamed (attribute names are kept).
    private static List<(ReferenceTarget, string, ReferenceRole, string)> Expected(Design design) => design.References()
        .Select(r => (r.Target, r.Target == ReferenceTarget.Attribute ? r.Id : Rename(r.Id), r.Role, Renamed(r)))
        .ToList();

    // A weighted voter's pointer ends in its (renamed) id; every other pointer is made of section names and indices.
    private static string Renamed(DesignReference r) => r.Role == ReferenceRole.WeightedVoter
        ? r.JsonPointer[..(r.JsonPointer.LastIndexOf('/') + 1)] + Escape(r.Target == ReferenceTarget.Body ? CompoundVoters.Of(Rename(r.Id)) : Rename(r.Id))
        : r.JsonPointer;

    private static List<(ReferenceTarget, string, ReferenceRole, string)> Actual(Design design) =>
        design.References().Select(r => (r.Target, r.Id, r.Role, r.JsonPointer)).ToList();

    private static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static string Unescape(string token) => token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    private static JsonNode? Resolve(JsonNode? node, string pointer)
    {
        foreach (var token in pointer.Split('/').Skip(1).Select(Unescape))
        {
            node = node switch
            {
                JsonObject o => o[token],
                JsonArray a when int.TryParse(token, out int i) && i < a.Count => a[i],
                _ => null,
            };
        }

        return node;
    }
}
