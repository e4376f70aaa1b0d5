using BenchmarkDotNet.Attributes;
using Napsm.Core.Model;
using Napsm.Core.Validation;
using NodaTime;

namespace Napsm.Core.Benchmarks;

/// <summary>
/// Full validation of a large generated design (issue 5): at scale 1, 2,000 members, 200 bodies (weighted rules of up to 60 voters),
/// 5,000 treaties with 20,000 dependencies, 1,000 phases with 10,000 commitments and 5,000 timing constraints (target &lt; 1 s and
/// &lt; 500 MB); at scale 10, ten times that (target &lt; 12 s).
/// </summary>
// One launch, one warm-up and three measured iterations: a scale-10 run takes seconds, and the default job's dozens of iterations
// take longer than a session on a shared machine. The workload is not reduced.
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ValidationBenchmarks
{
    private Design _design = null!;

    [Params(1, 10)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup() => _design = BenchmarkDesigns.Large(Scale);

    [Benchmark(Description = "Full validation (scale 1: < 1 s, < 500 MB; scale 10: < 12 s)")]
    public ValidationReport Validate() => new DesignValidator().Validate(_design);
}

/// <summary>Large, mostly consistent designs with a sprinkling of flaws, generated deterministically.</summary>
public static class BenchmarkDesigns
{
    public static Design Large(int scale)
    {
        var random = new Random(20070213 + scale);
        int members = 2_000 * scale, bodies = 200 * scale, treaties = 5_000 * scale, phases = 1_000 * scale;
        var memberIds = Enumerable.Range(0, members).Select(i => "m" + i).ToArray();
        var start = new LocalDate(2027, 1, 1);

        string[] Pick(int count) => Enumerable.Range(0, count).Select(_ => memberIds[random.Next(members)]).Distinct(StringComparer.Ordinal).ToArray();

        var memberList = memberIds.Select((id, i) => new Member(id, "Member " + i)
        {
            Attributes = new Dictionary<string, AttributeValue> { ["population"] = 1 + random.Next(1_000), ["gdp"] = 1 + random.Next(100) },
        }).ToList();

        var bodyList = new List<Body>();
        for (int i = 0; i < bodies; i++)
        {
            // Every member sits in some body: body i takes members i·k … plus a random sample.
            var voters = Enumerable.Range(0, 10).Select(k => memberIds[(i * 10 + k) % members]).Concat(Pick(random.Next(0, 51))).Distinct(StringComparer.Ordinal).Take(60).ToArray();
            DecisionRule rule = (i % 5) switch
            {
                0 => Rule.WeightedBy("population", Threshold.Percentage(62)),
                1 => Rule.Weighted(voters.Select(v => KeyValuePair.Create(v, (Rational)(1 + random.Next(30)))), Threshold.Fraction(new Rational(2, 3))),
                2 => Rule.All(Rule.AtLeast(Threshold.Percentage(55)), Rule.WeightedBy("gdp", Threshold.Percentage(65))),
                3 => Rule.ConsensusMinus(1),
                _ => Rule.SimpleMajority,
            };
            bodyList.Add(new Body("b" + i, "Body " + i, voters, rule)
            {
                Mandate = [(i % 3) switch { 0 => "security", 1 => "economic", _ => "monitoring" }],
                Chair = voters[0],
                ReportsTo = i == 0 ? null : "b" + random.Next(i),
            });
        }

        var phaseList = new List<Phase>();
        int commitmentId = 0;
        for (int i = 0; i < phases; i++)
        {
            var commitments = Enumerable.Range(0, 10).Select(k =>
            {
                var id = "c" + commitmentId++;
                return new Commitment(id, Pick(1 + random.Next(3)), "action " + k)
                {
                    To = Pick(1),
                    InExchangeFor = k % 2 == 1 ? ["c" + (commitmentId - 2)] : [],
                };
            }).ToList();
            phaseList.Add(new Phase("p" + i, "Phase " + i)
            {
                After = i == 0 ? [] : ["p" + random.Next(i)],
                Window = new PhaseWindow { Within = Period.FromDays(90 + random.Next(90)) },
                Commitments = commitments,
            });
        }

        var treatyList = new List<Treaty>();
        for (int i = 0; i < treaties; i++)
        {
            var parties = Pick(2 + random.Next(9));
            treatyList.Add(new Treaty("t" + i, "Treaty " + i, parties)
            {
                // Four dependencies each, on earlier treaties: 20,000 at scale 1, and no cycle.
                Requires = i == 0 ? [] : Enumerable.Range(0, 4).Select(_ => new ElementRef(ElementKind.Treaty, "t" + random.Next(i))).Distinct().ToList(),
                EntryIntoForce = new EntryIntoForce(i % 2 == 0 ? Rule.Unanimity : Rule.AtLeast(Threshold.Fraction(new Rational(2, 3)))) { Delay = Period.FromDays(30) },
                Ratifications = parties.Take(parties.Length / 2).Select((p, k) => new Ratification(p, start.PlusDays(k))).ToList(),
            });
        }

        var timing = new List<TimingConstraint>();
        for (int i = 0; i < 5_000 * scale; i++)
        {
            int a = random.Next(phases - 1), b = a + 1 + random.Next(Math.Min(20, phases - a - 1));
            timing.Add(new TimingConstraint(new EventRef("p" + a, EventKind.End), new EventRef("p" + b, EventKind.Start)) { AtLeast = Period.FromDays(random.Next(30)) });
        }

        return new Design("bench-" + scale, "Benchmark design ×" + scale)
        {
            AsOf = start.PlusYears(1),
            Sources = [new Source("un", "Charter of the United Nations")],
            IssueAreas = ["security", "economic", "monitoring"],
            Members = memberList,
            Bodies = bodyList,
            Principles =
            [
                new Principle("equality", "Sovereign equality") { Source = "un", Tags = [PrincipleTags.SovereignEquality] },
                new Principle("consensus", "Consensus") { Source = "un", Tags = [PrincipleTags.Consensus] },
                new Principle("non-intervention", "Non-intervention") { Source = "un", Tags = [PrincipleTags.NonIntervention] },
                new Principle("force", "Non-use of force") { Source = "un", Norms = [new Norm("*", Deontic.MustNot, "use-force") { Unless = ["self-defence"] }] },
            ],
            Phases = phaseList,
            Treaties = treatyList,
            Timing = timing,
        };
    }
}
