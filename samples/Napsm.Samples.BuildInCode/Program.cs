// Builds a design in C# with the builder, validates it, and prints each member's voting power and the schedule.
//
//   dotnet run --project samples/Napsm.Samples.BuildInCode
//
// The design is the 13 February 2007 "Initial Actions" of the six-party talks, reduced to what the example needs: a 60-day
// phase, the shut-down of Yongbyon in exchange for the first 50,000 tons of heavy fuel oil, and a plenary deciding by consensus.
// (The curated, sourced version is seeds/six-party-2007-initial-actions.json.)
using System.Globalization;
using Napsm.Core;
using Napsm.Core.Model;
using Napsm.Core.Scheduling;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
string[] parties = ["cn", "kp", "jp", "kr", "ru", "us"];

var design = Design.Create("initial-actions-2007", "Six-party talks: Initial Actions (13 February 2007), in code")
    .AsOf(new LocalDate(2007, 2, 13))
    .Source("ia-2007", "Initial Actions for the Implementation of the Joint Statement", "https://2001-2009.state.gov/r/pa/prs/ps/2007/february/80479.htm")
    .Member("cn", "People's Republic of China").Member("kp", "Democratic People's Republic of Korea").Member("jp", "Japan")
    .Member("kr", "Republic of Korea").Member("ru", "Russian Federation").Member("us", "United States of America")
    .Body("plenary", "Six-Party Plenary", b => b.Voters(parties).Rule(Rule.Consensus).Chair("cn"))
    // A hypothetical alternative to compare: a two-thirds majority that must include one of the two Koreas.
    .Body("council", "Council (hypothetical)", b => b.Voters(parties).Rule(Rule.All(Rule.AtLeast(Threshold.Fraction(new Rational(2, 3))), Rule.AtLeast(1, "kp", "kr"))))
    .Phase("initial-actions", "Initial actions (60 days)", p => p
        .Window(start: new LocalDate(2007, 2, 13), within: Period.FromDays(60))
        .Commitment("shut-down-yongbyon", ["kp"], "shut down and seal the Yongbyon facility", new LocalDate(2007, 4, 14), "hfo-50k")
        .Commitment("hfo-50k", ["cn", "kr", "ru", "us"], "provide the first 50,000 tons of heavy fuel oil", new LocalDate(2007, 4, 14), "shut-down-yongbyon"))
    .Phase("next-phase", "Next phase: disablement and declaration", p => p.After("initial-actions"))
    .Build();

// 1. Validate.
var report = new DesignValidator().Validate(design);
Console.WriteLine($"{design.Name}");
Console.WriteLine($"Validation: {(report.IsValid ? "valid" : "NOT VALID")} — {report.Count(Severity.Error)} errors, {report.Count(Severity.Warning)} warnings, {report.Count(Severity.Info)} info");
foreach (var d in report.Diagnostics) Console.WriteLine($"  {d}");
Console.WriteLine();

// 2. Voting power in every body, exact and as decimals.
foreach (var body in design.Bodies)
{
    var analysis = VotingGame.ForBody(design, body).Analyze();
    Console.WriteLine($"{body.Id} ({body.Name}), rule {body.Rule}: proper {analysis.IsProper}, veto players [{string.Join(", ", analysis.VetoPlayers)}]");
    Console.WriteLine($"  {"member",-8} {"Shapley–Shubik",-22} {"Banzhaf",-22} veto");
    foreach (var m in analysis.Members)
    {
        Console.WriteLine($"  {m.Id,-8} {Show(m.ShapleyShubik),-22} {Show(m.Banzhaf),-22} {m.IsVeto switch { true => "yes", false => "no", null => "not computed" }}");
    }

    Console.WriteLine();
}

// 3. The schedule: every event's earliest and latest date.
var schedule = TemporalNetwork.FromDesign(design).Analyze();
Console.WriteLine($"Schedule: {(schedule.IsConsistent ? "consistent" : "INCONSISTENT")}");
foreach (var e in schedule.Events)
{
    Console.WriteLine($"  {e.Event,-28} earliest {Date(e.Earliest),-10}  latest {Date(e.Latest)}");
}

foreach (var conflict in schedule.Conflicts) Console.WriteLine($"  conflict: {Wording.Of(conflict)}");
return report.IsValid ? 0 : 1;

static string Show(Rational? r) => r is { } v ? $"{v} ({v.ToDouble():0.0000})" : "not computed";

static string Date(LocalDate? d) => d?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "open";
