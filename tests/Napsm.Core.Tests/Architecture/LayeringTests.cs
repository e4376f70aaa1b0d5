using Napsm.Core.Model;

namespace Napsm.Core.Tests.Architecture;

/// <summary>
/// The layers of Napsm.Core (docs/architecture.md): which namespace may use which, read from the compiled assembly's type references
/// (signatures and method bodies), so an arrow cannot hide in a fully qualified name or a lambda.
/// </summary>
public class LayeringTests
{
    private const string Base = "Napsm.Core"; // Rational: a number, used by every layer

    private const string Kernel = "Napsm.Core.Kernel";
    private const string Model = "Napsm.Core.Model";
    private const string Voting = "Napsm.Core.Voting";
    private const string Scheduling = "Napsm.Core.Scheduling";
    private const string Treaties = "Napsm.Core.Treaties";
    private const string Principles = "Napsm.Core.Principles";
    private const string Validation = "Napsm.Core.Validation";
    private const string Serialization = "Napsm.Core.Serialization";
    private const string Reporting = "Napsm.Core.Reporting";
    private const string Analysis = "Napsm.Core.Analysis";
    private const string Evolution = "Napsm.Core.Evolution";

    private static readonly string[] Bottom = [Base, Kernel];
    private static readonly string[] Engines = [Voting, Scheduling, Treaties, Principles];

    /// <summary>What each layer may use besides itself.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        [Base] = [Kernel],
        [Kernel] = [Base],
        [Model] = Bottom,
        [Voting] = [.. Bottom, Model],
        [Scheduling] = [.. Bottom, Model],
        [Principles] = [.. Bottom, Model],
        [Treaties] = [.. Bottom, Model, Voting],
        [Serialization] = [.. Bottom, Model],
        [Validation] = [.. Bottom, Model, .. Engines],
        [Reporting] = [.. Bottom, Model, .. Engines, Validation, Serialization],
        [Analysis] = [.. Bottom, Model, .. Engines, Validation, Serialization, Reporting],
        [Evolution] = [.. Bottom, Model, .. Engines, Validation, Serialization, Reporting, Analysis],
    };

    /// <summary>
    /// The one crossing into Serialization from below: the validator's input is a design with its file positions, a diagnostic
    /// carries the file position it found, and a report of an unreadable file its load error. These public types live in
    /// Serialization, where files are read.
    /// </summary>
    private static readonly HashSet<string> ValidatorInputs =
        ["Napsm.Core.Serialization.DesignDocument", "Napsm.Core.Serialization.SourceLocation",
         // A report of a file that could not be read (NAPSM0001) carries the load error: the input that failed.
         "Napsm.Core.Serialization.DesignLoadException"];

    private static readonly Lazy<IReadOnlyList<(string From, string To)>> References =
        new(() => TypeReferences.Read(typeof(Design).Assembly.Location));

    private static string? LayerOf(string type)
    {
        int dot = type.LastIndexOf('.');
        if (dot < 0) return null; // <Module>, <PrivateImplementationDetails>
        var ns = type[..dot];
        if (ns == Base) return Base;
        if (!ns.StartsWith(Base + ".", StringComparison.Ordinal)) return null; // attributes the compiler embeds (System.Runtime...)
        // Sub-namespaces belong to their layer (Napsm.Core.Validation.Rules, Napsm.Core.Voting.Methods).
        var second = ns.Split('.')[2];
        return Base + "." + second;
    }

    [Fact]
    public void Every_namespace_of_the_assembly_is_a_known_layer()
    {
        var unknown = References.Value.SelectMany(r => new[] { r.From, r.To })
            .Select(LayerOf).OfType<string>().Distinct().Where(l => !Allowed.ContainsKey(l)).ToList();
        Assert.True(unknown.Count == 0, "Namespaces with no place in the layering (add them to LayeringTests.Allowed): " + string.Join(", ", unknown));
    }

    [Fact]
    public void No_layer_uses_one_it_may_not()
    {
        var wrong = new List<string>();
        foreach (var (from, to) in References.Value)
        {
            string? a = LayerOf(from), b = LayerOf(to);
            if (a is null || b is null || a == b || !Allowed.TryGetValue(a, out var allowed)) continue;
            if (allowed.Contains(b)) continue;
            if (b == Serialization && a == Validation && ValidatorInputs.Contains(to)) continue;
            wrong.Add($"{from} → {to}");
        }

        Assert.True(wrong.Count == 0, "Arrows the layering forbids:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void The_reader_sees_arrows_in_signatures_bodies_and_closures()
    {
        var refs = References.Value.ToHashSet();
        // A signature: the validator's context hands out the design.
        Assert.Contains(("Napsm.Core.Validation.ValidationContext", "Napsm.Core.Model.Design"), refs);
        // Treaties → Voting, the one arrow between engines: a treaty's entry-into-force rule is a voting game.
        Assert.Contains(refs, r => LayerOf(r.From) == Treaties && LayerOf(r.To) == Voting);
        // Every layer above the model (that has types yet) uses it.
        var present = refs.Select(r => LayerOf(r.From)).OfType<string>().ToHashSet();
        foreach (var layer in present.Except(Bottom).Except([Model]))
        {
            Assert.Contains(refs, r => LayerOf(r.From) == layer && LayerOf(r.To) == Model);
        }
    }

    /// <summary>
    /// The validator asks the engines only what a user's own rule could ask (issue 13): every engine type, method and field that
    /// code in Validation uses is public. The custom-rule sample shows one rule rebuilt that way; this holds it for all of them.
    /// </summary>
    [Fact]
    public void The_validator_uses_only_the_engines_public_queries()
    {
        var uses = TypeReferences.MemberUses(typeof(Design).Assembly.Location);
        var hidden = uses
            .Where(u => LayerOf(u.From) == Validation && !u.Visible)
            .Where(u => Engines.Contains(LayerOf(u.Type)))
            .Select(u => $"{u.From} → {u.Type}{(u.Member is null ? "" : "." + u.Member)}")
            .ToList();
        Assert.True(hidden.Count == 0, "Engine internals the validator uses (make a public query, or move the code):\n" + string.Join("\n", hidden));
    }

    [Fact]
    public void The_member_reader_sees_internal_and_public_members()
    {
        var uses = TypeReferences.MemberUses(typeof(Design).Assembly.Location);
        // A public query the validator asks: the voting game's veto players.
        Assert.Contains(uses, u => LayerOf(u.From) == Validation && u.Type == "Napsm.Core.Voting.VotingGame" && u.Member == "get_VetoPlayers" && u.Visible);
        // An internal member somewhere: the treaty evaluator is internal, and TreatyStatus uses it.
        Assert.Contains(uses, u => u.From == "Napsm.Core.Treaties.TreatyStatus" && u.Type == "Napsm.Core.Treaties.EntryIntoForceEvaluator" && !u.Visible);
    }

    /// <summary>
    /// Engines answer in types, not sentences (issue 13): no public type of an engine has a public string property that would hold
    /// a sentence. The sentences are written from the typed fields by Napsm.Core.Validation.Wording and the writers in Reporting.
    /// </summary>
    [Fact]
    public void No_engine_type_carries_a_sentence()
    {
        string[] sentenceNames = ["Message", "Detail", "Sentence", "Approximation", "Description", "Text", "Because", "Explanation"];
        var found = typeof(Design).Assembly.GetExportedTypes()
            .Where(t => Engines.Contains(LayerOf(t.FullName ?? "")))
            .SelectMany(t => t.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static)
                .Where(p => p.PropertyType == typeof(string) && sentenceNames.Contains(p.Name))
                .Select(p => t.FullName + "." + p.Name))
            .ToList();
        Assert.True(found.Count == 0, "Engine types that carry a sentence (give them typed fields and word them in Validation.Wording):\n" + string.Join("\n", found));
    }
}
