// What is at stake for a member in the NAPSM alternatives: the README's main command.
//
//   dotnet run --project samples/Napsm.Samples.WhatsAtStake            # the United States
//   dotnet run --project samples/Napsm.Samples.WhatsAtStake -- kp      # any member id: cn, jp, kp, kr, ru, us, mn
//   dotnet run --project samples/Napsm.Samples.WhatsAtStake -- us --markdown > stake.md
//
// Loads the six-party process as the 2008 memo envisages Phase 3 (the baseline) and the bundled NAPSM alternatives, validates
// them, and prints the member's stake in each, side by side: voting power in every body, commitments by horizon, the treaties it
// can block or bring into force alone, and the diagnostics that involve it; then (as text) its power under the designs' alignment
// scenario and whether the six-party process can evolve into each alternative with or without it.
using System.Globalization;
using Napsm.Core;
using Napsm.Core.Analysis;
using Napsm.Core.Evolution;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var member = args.FirstOrDefault(a => !a.StartsWith('-')) ?? "us";
var format = args.Contains("--markdown") ? AnalysisFormat.Markdown : args.Contains("--json") ? AnalysisFormat.Json : AnalysisFormat.Text;

// The designs are copied next to the program (see the .csproj); the baseline first.
var folder = Path.Combine(AppContext.BaseDirectory, "seeds");
var files = new[] { Path.Combine(folder, "six-party-phase3.json") }
    .Concat(Directory.EnumerateFiles(folder, "napsm-*.json").Order(StringComparer.Ordinal))
    .ToList();

var documents = new List<DesignDocument>();
foreach (var file in files)
{
    // Named as "seeds/NAME.json", so that the report shows no machine-specific path.
    var shown = "seeds/" + Path.GetFileName(file);
    if (!DesignJson.TryParse(File.ReadAllText(file), out var document, out var error, shown))
    {
        Console.Error.WriteLine($"{shown}({error.Line},{error.Column}): error: {error.Reason}");
        return 2;
    }

    documents.Add(document);
}

var known = documents.SelectMany(d => d.Design.Members).DistinctBy(m => m.Id).ToList();
if (!known.Any(m => m.Id == member))
{
    Console.Error.WriteLine($"No design has a member '{member}'. Members: {string.Join(", ", known.Select(m => $"{m.Id} ({m.Name})"))}.");
    return 2;
}

if (format == AnalysisFormat.Text)
{
    // Validation first: an analyst should know whether the designs hold together before reading figures drawn from them.
    var validator = new DesignValidator().WithEvolutionRules(); // with the step from the design each names in evolvesFrom
    Console.WriteLine("Designs loaded and validated");
    Console.WriteLine("----------------------------");
    Console.WriteLine();
    foreach (var doc in documents)
    {
        var report = validator.Validate(doc);
        var verdict = report.IsValid ? "valid" : "NOT VALID";
        Console.WriteLine($"  {doc.Design.Id,-30} {verdict,-9} {Count(report.Count(Severity.Error), "error")}, {Count(report.Count(Severity.Warning), "warning")}, {report.Count(Severity.Info)} info");
    }

    Console.WriteLine();
}

var stake = StakeReport.For(member, documents);
Console.Write(stake.Format(format));
if (format != AnalysisFormat.Text) return 0;

// The same member under the designs' alignment scenario: US–Japan–ROK and China–Russia coordination, each bloc voting together
// (an a priori union). The Owen value is the member's share of power inside its bloc; a scenario, not a fact.
const string Scenario = "coordination";
var aligned = StakeReport.For(member, documents, new StakeOptions { Alignment = Scenario });
Console.WriteLine();
Console.WriteLine($"Under the alignment scenario '{Scenario}' (Shapley–Shubik alone → Owen value in its bloc)");
Console.WriteLine(new string('-', 72));
foreach (var design in aligned.Designs.Where(d => d.Alignment is not null))
{
    var bodies = design.Bodies.Where(b => b.IsVoter && b.Bloc is { } x && x.InBloc).ToList();
    if (bodies.Count == 0) continue;
    Console.WriteLine($"  {design.Design}");
    foreach (var b in bodies)
    {
        Console.WriteLine($"    {b.Body,-34} {Show(b.ShapleyShubik),-8} → {Show(b.Bloc!.Owen),-8} bloc: {string.Join(", ", b.Bloc.Union)}");
    }
}

// How the six-party process could become each alternative: the step under the process's own amendment rule.
Console.WriteLine();
Console.WriteLine("Evolving the six-party process into each alternative");
Console.WriteLine(new string('-', 52));
Console.WriteLine($"  (the step from {documents[0].Design.Id}, under its own amendment rule; napsm evolve shows each in full)");
foreach (var doc in documents.Skip(1))
{
    var step = Evolution.AnalyzeStep(documents[0].Design, doc.Design);
    var without = step.PassableWithoutLosers switch { true => "yes", false => "no", null => "not computed" };
    var role = (step.MustConsent.Contains(member) ? "must consent" : "need not consent") + (step.Losers.Any(l => l.Member == member) ? ", loses" : "");
    Console.WriteLine($"  {doc.Design.Id,-28} can pass: {YesNo(step.CanPass)}  {member}: {role,-19}  passes without losers: {without}");
}

return 0;

static string YesNo(bool b) => b ? "yes" : "no";

static string Show(Rational? r) => r is { } v ? v.ToString() : "n/c";

static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
