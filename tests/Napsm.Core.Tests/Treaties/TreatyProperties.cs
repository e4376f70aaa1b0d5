using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Napsm.Core.Model;
using Napsm.Core.Treaties;
using NodaTime;

namespace Napsm.Core.Tests.Treaties;

public class TreatyProperties
{
    private static readonly string[] Names = ["a", "b", "c", "d", "e", "f"];

    /// <summary>A treaty over 2–6 parties with a unanimity, count, veto or mixed rule, some ratifications in 2000–2009, and one more party's ratification.</summary>
    internal sealed record Case(Treaty Treaty, Ratification Extra)
    {
        public override string ToString() => $"{Treaty.EntryIntoForce!.Rule} over [{string.Join(",", Treaty.Parties)}]; events {string.Join(", ", Treaty.Ratifications.Select(r => $"{r.Member}@{r.Date:yyyy-MM-dd}"))}; extra {Extra.Member}@{Extra.Date:yyyy-MM-dd}";
    }

    private static Gen<LocalDate> Dates() => Gen.Choose(0, 3650).Select(d => new LocalDate(2000, 1, 1).PlusDays(d));

    private static Arbitrary<Case> Cases() =>
        (from n in Gen.Choose(2, 6)
         let parties = Names.Take(n).ToArray()
         from kind in Gen.Choose(0, 3)
         from k in Gen.Choose(1, n)
         from vetoes in Gen.SubListOf(parties)
         let rule = kind switch
         {
             0 => Rule.Unanimity,
             1 => Rule.AtLeast(Threshold.Count(k)),
             2 => Rule.Veto(vetoes.DefaultIfEmpty("a")),
             _ => Rule.All(Rule.AtLeast(Threshold.Count(k)), Rule.Veto(vetoes.DefaultIfEmpty("a"))),
         }
         from ratifiers in Gen.SubListOf(parties)
         from dates in Gen.ArrayOf(Dates(), ratifiers.Count)
         from delay in Gen.Choose(0, 400)
         from extraParty in Gen.Elements(parties)
         from extraDate in Dates()
         select new Case(
             new Treaty("t", "T", parties)
             {
                 EntryIntoForce = new EntryIntoForce(rule) { Delay = Period.FromDays(delay) },
                 Ratifications = ratifiers.Select((p, i) => new Ratification(p, dates[i])).OrderBy(r => r.Date).ToList(),
             },
             new Ratification(extraParty, extraDate))).ToArbitrary();

    [Property]
    public Property Entry_into_force_is_monotone_in_ratifications() =>
        Prop.ForAll(Cases(), c =>
        {
            var asOf = new LocalDate(2012, 1, 1);
            var design = Design.Create("d", "d").Treaty(c.Treaty).Build();
            var before = TreatyStatus.Of(design, c.Treaty, asOf);
            var more = c.Treaty with { Ratifications = [.. c.Treaty.Ratifications, c.Extra] };
            var after = TreatyStatus.Of(design with { Treaties = [more] }, more, asOf);
            bool metStays = !before.ConditionMet || after.ConditionMet || after.State == TreatyState.InForce;
            bool inForceStays = before.State != TreatyState.InForce || (after.State == TreatyState.InForce && after.EnteredIntoForce <= before.EnteredIntoForce);
            bool reachableStays = before.State == TreatyState.Blocked || after.State != TreatyState.Blocked;
            return metStays.Label("a met condition stays met with one more ratification")
                .And(inForceStays.Label("a treaty in force stays in force, no later, with one more ratification"))
                .And(reachableStays.Label("a reachable entry into force stays reachable"));
        });

    [Property]
    public Property Pivotal_parties_complete_the_rule_and_blocking_sets_block() =>
        Prop.ForAll(Cases(), c =>
        {
            var asOf = new LocalDate(2012, 1, 1);
            var design = Design.Create("d", "d").Treaty(c.Treaty).Build();
            var s = TreatyStatus.Of(design, c.Treaty, asOf);
            var game = Napsm.Core.Voting.VotingGame.ForTreaty(design, c.Treaty);
            bool pivotal = s.Pivotal.All(p => game.IsWinning(s.Ratified.Append(p)));
            bool blocking = s.FewestRefusalsToBlock is null || !game.IsWinning(c.Treaty.Parties.Except(s.OneBlockingSet).Except(s.Withdrawn));
            bool completing = s.FewestMoreRatifications is null || game.IsWinning(s.Ratified.Concat(s.OneCompletingSet));
            return pivotal.Label("each pivotal party's ratification alone meets the rule")
                .And(blocking.Label("the blocking set's refusal blocks"))
                .And(completing.Label("the completing set's ratification meets the rule"));
        });

    /// <summary>Up to eight treaties over two parties, each requiring up to three others (cycles included), some ratified by both.</summary>
    private static Arbitrary<Design> RequirementGraphs() =>
        (from n in Gen.Choose(1, 8)
         from requires in Gen.ArrayOf(Gen.Choose(0, 3).SelectMany(k => Gen.ArrayOf(Gen.Choose(0, n - 1), k)), n)
         from ratified in Gen.ArrayOf(Gen.Elements(true, true, false), n)
         select Enumerable.Range(0, n).Aggregate(
             Design.Create("d", "D").Member("a", "A").Member("b", "B"),
             (b, i) => b.Treaty(new Treaty("t" + i, "T" + i, ["a", "b"])
             {
                 EntryIntoForce = new EntryIntoForce(Rule.Unanimity),
                 Requires = requires[i].Distinct().Select(j => new ElementRef(ElementKind.Treaty, "t" + j)).ToList(),
                 Ratifications = ratified[i] ? [new Ratification("a", new LocalDate(2001, 1, 1)), new Ratification("b", new LocalDate(2002, 1, 1))] : [],
             })).Build()).ToArbitrary();

    [Property]
    public Property Statuses_of_all_treaties_at_once_equal_the_statuses_asked_one_by_one_and_no_treaty_of_a_cycle_is_in_force() =>
        Prop.ForAll(RequirementGraphs(), design =>
        {
            var asOf = new LocalDate(2010, 1, 1);
            var all = TreatyStatus.OfAll(design, asOf);
            var graph = TreatyDependencyGraph.FromDesign(design);
            var onCycle = graph.Cycles.SelectMany(c => c).Select(d => d.Dependent.Id).ToHashSet(StringComparer.Ordinal);
            bool same = design.Treaties.Select((t, i) => TreatyStatus.Of(design, t, asOf) == all[i]).All(x => x);
            bool cyclesBlocked = all.Where(s => onCycle.Contains(s.Treaty)).All(s => s.State != TreatyState.InForce);
            return same.Label("OfAll gives, for each treaty, exactly the status Of gives")
                .And(cyclesBlocked.Label("no treaty that requires itself through a cycle is in force"));
        });
}
