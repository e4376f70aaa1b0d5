using FsCheck;
using FsCheck.Fluent;
using Napsm.Core.Model;
using Napsm.Core.Tests.Voting;
using Napsm.Core.Treaties;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Tests.Treaties;

/// <summary>
/// Laws of the fewest further ratifications and the fewest refusals to block, found on the rule's decision diagram: on random
/// rules over up to 8 parties with random ratifications, they are the minimum over every set of parties, the sets given achieve
/// it, and every choice the description offers does too.
/// </summary>
public class SmallestSetProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(200);

    private static readonly LocalDate AsOf = new(2020, 1, 1);

    private sealed record Case(RandomGame Game, int Ratified)
    {
        public override string ToString() => $"{Game}, ratified mask {Ratified}";
    }

    private static readonly Arbitrary<Case> Cases = Arb.From(
        from g in RuleGenerators.Game(8)
        from ratified in Gen.Choose(0, (1 << g.Voters.Length) - 1)
        select new Case(g, ratified));

    private static (TreatyStatus Status, bool[] Win, Func<IEnumerable<string>, int> Mask) Evaluate(Case c)
    {
        var voters = c.Game.Voters;
        var builder = Design.Create("d", "D").AsOf(AsOf);
        foreach (var v in voters) builder.Member(v, v.ToUpperInvariant());
        var ratifications = voters.Where((_, i) => (c.Ratified & (1 << i)) != 0)
            .Select(v => new Ratification(v, new LocalDate(2019, 1, 1), RatificationKind.Ratified));
        var design = builder.Treaty(new Treaty("t", "T", voters)
        {
            EntryIntoForce = new EntryIntoForce(c.Game.Rule),
            Ratifications = [.. ratifications],
        }).Build();
        var game = VotingGame.Create(c.Game.Rule, voters);
        var win = BruteForce.Analyze(game).Win;
        int Mask(IEnumerable<string> ids) => ids.Aggregate(0, (m, id) => m | (1 << game.IndexOf(id)));
        return (TreatyStatus.Of(design, design.Treaties[0], AsOf), win, Mask);
    }

    private static int Bits(int mask) => System.Numerics.BitOperations.PopCount((uint)mask);

    /// <summary>A choice the description offers other than the set given: the last <c>Count</c> parties of each group.</summary>
    private static IEnumerable<string> Alternative(IReadOnlyList<PartyChoice> choices) =>
        choices.SelectMany(c => c.From.Skip(c.From.Count - c.Count));

    [Fact]
    public void The_fewest_more_ratifications_are_the_minimum_over_every_set_of_parties() =>
        Prop.ForAll(Cases, c =>
        {
            var (s, win, mask) = Evaluate(c);
            int all = win.Length - 1;
            if (s.State != TreatyState.Open) return true.Label("not open: nothing to check");
            int ratified = mask(s.Ratified);
            int free = all & ~ratified;
            int fewest = Enumerable.Range(0, win.Length).Where(x => (x & ~free) == 0 && win[x | ratified]).Min(Bits);
            int set = mask(s.OneCompletingSet), alternative = mask(Alternative(s.CompletingChoice));
            return (s.FewestMoreRatifications == fewest).Label("fewest = minimum by enumeration")
                .And((Bits(set) == fewest && win[set | ratified] && (set & ratified) == 0).Label("the set given is that small and wins"))
                .And((s.CompletingChoice.Sum(x => x.Count) == fewest).Label("the choices add up to the fewest"))
                .And((win[alternative | ratified] && Bits(alternative) == fewest).Label("another choice offered wins too"));
        }).Check(Config);

    [Fact]
    public void The_fewest_refusals_to_block_are_the_minimum_over_every_set_of_parties() =>
        Prop.ForAll(Cases, c =>
        {
            var (s, win, mask) = Evaluate(c);
            int all = win.Length - 1;
            if (s.State is not (TreatyState.Open or TreatyState.Pending)) return true.Label("in force or blocked: nothing to check");
            var blocking = Enumerable.Range(0, win.Length).Where(x => !win[all & ~x]).ToList();
            if (blocking.Count == 0)
            {
                // A rule every coalition meets (such as atLeast 0): no refusals block it.
                return (s.FewestRefusalsToBlock is null && s.BlockingChoice.Count == 0).Label("nothing blocks: no figure, no choice");
            }

            int fewest = blocking.Min(Bits);
            int set = mask(s.OneBlockingSet), alternative = mask(Alternative(s.BlockingChoice));
            return (s.FewestRefusalsToBlock == fewest).Label("fewest = minimum by enumeration")
                .And((Bits(set) == fewest && !win[all & ~set]).Label("the set given is that small and blocks"))
                .And((s.BlockingChoice.Sum(x => x.Count) == fewest).Label("the choices add up to the fewest"))
                .And((!win[all & ~alternative] && Bits(alternative) == fewest).Label("another choice offered blocks too"));
        }).Check(Config);
}
