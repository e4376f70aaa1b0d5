using FsCheck;
using FsCheck.Fluent;
using Napsm.Core.Model;

namespace Napsm.Core.Tests.Validation;

/// <summary>
/// Designs for the validator's properties. Member ids are short words over the letters a–j (so that renaming them letter by letter
/// keeps their order and their edit distances); every other id is upper case, so member ids are easy to find in messages.
/// </summary>
internal static class ValidationGenerators
{
    private static readonly string[] MemberIds = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "ab", "cd", "ef", "gh", "ij", "ba", "dc", "fe"];
    private static readonly string[] Areas = ["SECURITY", "ENERGY", "ECONOMY", "MONITORING"];
    private static readonly string[] Actions = ["USE-FORCE", "ADMIT-INSPECTORS", "NOTIFY"];
    private static readonly string[] Conditions = ["CRISIS", "INVITED", "SELF-DEFENCE"];

    private static Gen<List<T>> SubListOf<T>(IReadOnlyList<T> items) =>
        Gen.ListOf(Gen.Elements(true, false), items.Count).Select(mask => items.Where((_, i) => mask[i]).ToList());

    private static Gen<DecisionRule> SaneRule(IReadOnlyList<string> voters) => Gen.OneOf(
        Gen.Constant(Rule.Consensus),
        Gen.Constant(Rule.Unanimity),
        Gen.Constant(Rule.SimpleMajority),
        Gen.Constant(Rule.AtLeast(Threshold.Fraction(new Rational(2, 3)))),
        Gen.Elements(voters.ToArray()).Select(v => Rule.All(Rule.SimpleMajority, Rule.Veto(v))));

    private static Gen<DecisionRule> AnyRule(List<string> voters) => Gen.OneOf(
        SaneRule(voters.Count == 0 ? ["a"] : voters),
        Gen.Choose(0, 6).Select(k => Rule.ConsensusMinus(k)),
        Gen.Choose(0, 8).Select(k => Rule.AtLeast(k)),
        Gen.Choose(0, 8).Select(k => Rule.Weighted(MemberIds.Take(4).Select((m, i) => KeyValuePair.Create(m, (Rational)(i + k))), Threshold.Percentage(50))),
        Gen.Constant(Rule.WeightedBy("POPULATION", Threshold.Fraction(new Rational(1, 2)))),
        Gen.Elements(MemberIds).Select(v => Rule.Any(Rule.Veto(v), Rule.AtLeast(2))));

    private static Gen<Norm> NormGen(IReadOnlyList<string> members) =>
        from subject in Gen.Elements(members.Append("*").ToArray())
        from deontic in Gen.Elements(Deontic.Must, Deontic.MustNot, Deontic.May)
        from action in Gen.Elements(Actions)
        from when in SubListOf(Conditions)
        from unless in SubListOf(Conditions)
        select new Norm(subject, deontic, action) { When = when, Unless = unless };

    /// <summary>Any design: dangling references, cycles, empty bodies, conflicting norms — but ids unique per kind.</summary>
    public static Gen<Design> Flawed { get; } =
        from memberCount in Gen.Choose(0, 8)
        let members = MemberIds.Take(memberCount).ToList()
        from areas in SubListOf(Areas)
        from bodyCount in Gen.Choose(0, 4)
        from bodies in Gen.ListOf(
            from voters in SubListOf(MemberIds.Take(memberCount + 2).ToList())
            from rule in AnyRule(voters)
            from mandate in SubListOf(Areas)
            from chair in Gen.OrNull(Gen.Elements(MemberIds))
            from reportsTo in Gen.OrNull(Gen.Elements("B0", "B1", "B2", "B3", "B9"))
            select (voters, rule, mandate, chair, reportsTo), bodyCount)
        from principles in Gen.ListOf(
            from tags in SubListOf(PrincipleTags.All)
            from norms in Gen.ListOf(NormGen(members.Count == 0 ? ["a"] : members), 2)
            from sourced in Gen.Elements(true, false)
            select (tags, norms, sourced), 3)
        from commitments in Gen.ListOf(SubListOf(members), 3)
        from parties in SubListOf(members)
        select Build(members, areas, bodies, principles, commitments, parties);

    private static Design Build(
        List<string> members, List<string> areas, IReadOnlyList<(List<string> Voters, DecisionRule Rule, List<string> Mandate, string? Chair, string? ReportsTo)> bodies,
        List<(List<string> Tags, List<Norm> Norms, bool Sourced)> principles, IReadOnlyList<List<string>> commitments, List<string> parties) =>
        new Design("G", "Generated")
        {
            Sources = [new Source("UN", "Charter of the United Nations")],
            IssueAreas = areas,
            Members = members.Select((m, i) => new Member(m, "Member" + i) { Attributes = i % 2 == 0 ? new Dictionary<string, AttributeValue> { ["POPULATION"] = i + 1 } : new Dictionary<string, AttributeValue>() }).ToList(),
            Bodies = bodies.Select((b, i) => new Body("B" + i, "Body" + i, b.Voters, b.Rule) { Mandate = b.Mandate, Chair = b.Chair, ReportsTo = b.ReportsTo }).ToList(),
            Principles = principles.Select((p, i) => new Principle("P" + i, "Principle" + i) { Tags = p.Tags, Norms = p.Norms, Source = p.Sourced ? "UN" : null }).ToList(),
            Phases = [new Phase("PH1", "Phase") { Commitments = commitments.Select((by, i) => new Commitment("C" + i, by, "Act" + i)).ToList() }],
            Treaties = parties.Count == 0 ? [] : [new Treaty("T1", "Treaty", parties)],
        };

    /// <summary>
    /// A design with no flaw the validator reports as an error: unique ids, every reference resolves, bodies report only to earlier
    /// bodies, chairs vote, rules are proper and can pass, principles are sourced and carry no norms or tags.
    /// </summary>
    public static Gen<Design> Clean { get; } =
        from memberCount in Gen.Choose(1, 7)
        let members = MemberIds.Take(memberCount).ToList()
        from bodyCount in Gen.Choose(1, 4)
        from bodies in Gen.ListOf(
            from extra in SubListOf(members)
            let voters = extra.Count == 0 ? members : extra
            from rule in SaneRule(voters)
            from chair in Gen.Elements(voters.ToArray())
            from reports in Gen.Elements(true, false)
            select (voters, rule, chair, reports), bodyCount)
        select new Design("G", "Generated")
        {
            Sources = [new Source("UN", "Charter of the United Nations")],
            IssueAreas = ["SECURITY"],
            Members = members.Select((m, i) => new Member(m, "Member" + i)).ToList(),
            Bodies = bodies.Select((b, i) => new Body("B" + i, "Body" + i, i == 0 ? members : b.voters, b.rule)
            {
                Mandate = ["SECURITY"],
                Chair = b.chair,
                ReportsTo = i > 0 && b.reports ? "B" + (i - 1) : null,
            }).ToList(),
            Principles = [new Principle("P0", "Peaceful settlement") { Source = "UN" }],
        };

    /// <summary>Renames every member id (and every reference to one) letter by letter: a–j become k–t.</summary>
    public static string RenameId(string id) => id.Length > 0 && id.All(c => c is >= 'a' and <= 'j') ? new string(id.Select(c => (char)(c + 10)).ToArray()) : id;

    public static Design RenameMembers(Design d)
    {
        static IReadOnlyList<string> R(IEnumerable<string> ids) => ids.Select(RenameId).ToList();
        static DecisionRule Rr(DecisionRule rule) => rule switch
        {
            HeadCountRule h => h with { Of = h.Of is null ? null : R(h.Of) },
            WeightedRule { Weights: { } w } x => WeightedRule.WithWeights(w.Select(kv => KeyValuePair.Create(RenameId(kv.Key), kv.Value)), x.Comparison, x.Threshold),
            VetoRule v => new VetoRule(R(v.Holders)),
            AllRule a => new AllRule(a.Clauses.Select(Rr)),
            AnyRule a => new AnyRule(a.Clauses.Select(Rr)),
            _ => rule,
        };
        return d with
        {
            Members = d.Members.Select(m => m with { Id = RenameId(m.Id) }).ToList(),
            Bodies = d.Bodies.Select(b => b with { Voters = R(b.Voters), Rule = Rr(b.Rule), Chair = b.Chair is null ? null : RenameId(b.Chair) }).ToList(),
            Principles = d.Principles.Select(p => p with { Norms = p.Norms.Select(n => n with { Subject = RenameId(n.Subject) }).ToList() }).ToList(),
            Phases = d.Phases.Select(p => p with { Commitments = p.Commitments.Select(c => c with { By = R(c.By), To = R(c.To) }).ToList() }).ToList(),
            Treaties = d.Treaties.Select(t => t with { Parties = R(t.Parties) }).ToList(),
        };
    }

    /// <summary>The same design with members, bodies and principles listed in another order.</summary>
    public static Gen<Design> Shuffled(Design d) =>
        from members in Gen.Shuffle(d.Members.ToArray())
        from bodies in Gen.Shuffle(d.Bodies.ToArray())
        from principles in Gen.Shuffle(d.Principles.ToArray())
        select d with { Members = members, Bodies = bodies, Principles = principles };
}
