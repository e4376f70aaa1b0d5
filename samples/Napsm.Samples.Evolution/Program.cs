// Can the six-party process become a NAPSM, and who must agree? The memo's first question, "how best to create or evolve the
// mechanism", as the library answers it.
//
//   dotnet run --project samples/Napsm.Samples.Evolution                     # six-party Phase 3 → NAPSM A → NAPSM C
//   dotnet run --project samples/Napsm.Samples.Evolution -- napsm-b-osce-like  # six-party Phase 3 → NAPSM B
//   dotnet run --project samples/Napsm.Samples.Evolution -- --json             # the same, as napsm evolve --format json
//
// Each step is read under the *earlier* design's own amendment rules: which rule governs each change, whose consent the step
// needs (the veto players of every governing rule), what each member loses, and whether those who must consent are the ones who
// lose (the consent at risk). The program uses the typed results (EvolutionStep, GoverningRule, StakeChange); the text below is
// its own, so that you can see which fields carry what. EvolutionReport writes the library's own text, JSON and Markdown.
using System.Globalization;
using Napsm.Core;
using Napsm.Core.Evolution;
using Napsm.Core.Model;
using Napsm.Core.Serialization;
using Napsm.Core.Voting;
using EvolutionEngine = Napsm.Core.Evolution.Evolution;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var json = args.Contains("--json");
var names = args.Where(a => !a.StartsWith('-')).ToList();
if (names.Count == 0) names = ["napsm-a-evolved-six-party", "napsm-c-treaty-organisation"];

// The designs are copied next to the program (see the .csproj); the six-party process first.
var folder = Path.Combine(AppContext.BaseDirectory, "seeds");
var designs = new List<Design>();
foreach (var name in names.Prepend("six-party-phase3"))
{
    var file = Path.Combine(folder, name.EndsWith(".json", StringComparison.Ordinal) ? name : name + ".json");
    if (!File.Exists(file))
    {
        var known = Directory.EnumerateFiles(folder, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Console.Error.WriteLine($"No design '{name}' here. Designs: {string.Join(", ", known)}.");
        return 2;
    }

    if (!DesignJson.TryParse(File.ReadAllText(file), out var document, out var error, "seeds/" + Path.GetFileName(file)))
    {
        Console.Error.WriteLine($"{error.File}({error.Line},{error.Column}): error: {error.Reason}");
        return 2;
    }

    designs.Add(document.Design);
}

// One budget for the whole analysis: a step that would take longer says what it did not compute instead of hanging.
using var budget = new AnalysisContext(TimeSpan.FromSeconds(30));
var result = EvolutionEngine.Analyze(designs, new EvolutionOptions { Voting = AnalysisOptions.Default with { Context = budget } });
if (json)
{
    Console.Write(EvolutionReport.Format(result, EvolutionReportFormat.Json));
    return result.PathFeasible ? 0 : 1;
}

Wrap("Evolution: " + string.Join(" → ", result.Designs));
foreach (var step in result.Steps)
{
    Console.WriteLine();
    Console.WriteLine($"Step {step.From} → {step.To}: {step.Changes.Count} changes");
    foreach (var rule in step.GovernedBy)
    {
        var what = rule.Kind switch
        {
            GoverningKind.Entry => $"amendment entry '{rule.Amendment}'",
            GoverningKind.Accession => "the accession rule",
            GoverningKind.Withdrawal => $"the withdrawal of '{rule.Member}'",
            _ => rule.IsImplicit ? "unanimity (the design has no amendment rule)" : "the amendment rule",
        };
        var stage = rule.Stage == GoverningStage.Ratification ? " (ratification)" : "";
        Wrap($"  governed by {what}{stage}: {rule.Governs.Count} changes, vetoes: {List(rule.VetoPlayers)}");
    }

    Console.WriteLine($"  must consent:     {List(step.MustConsent)}");
    Console.WriteLine($"  can pass:         {(step.CanPass ? "yes" : "no")}");
    foreach (var loser in step.Losers)
    {
        // One line per kind of loss, the elements listed: a member may lose a seat in every body a step replaces.
        foreach (var kind in loser.Losses.GroupBy(c => c.Kind))
        {
            Wrap($"  {loser.Member} loses {Noun(kind.Key)}: {string.Join(", ", kind.Select(Describe))}");
        }
    }

    Console.WriteLine($"  consent at risk:  {List(step.ConsentAtRisk)}");
    // Null when it was not computed (the budget ran out): never a guess.
    Console.WriteLine("  passable without losers: " + step.PassableWithoutLosers switch { true => "yes", false => "no", null => "not computed" });
    foreach (var missing in step.NotComputed) Wrap($"  not computed: {missing.Part} {missing.Element} ({missing.Reason})");
}

foreach (var skip in result.Skips)
{
    Console.WriteLine();
    Wrap($"Skipping {string.Join(", ", skip.Via)}: {skip.Direct.From} → {skip.Direct.To} directly "
        + (skip.SameConsents ? "needs the same consents as the path" : $"needs {List(skip.OnlyDirect)} that the path does not, and not {List(skip.OnlyAlongPath)}"));
}

Console.WriteLine();
Console.WriteLine(result.PathFeasible ? "The path can be taken, step by step." : "The path cannot be taken: a step cannot pass.");
return result.PathFeasible ? 0 : 1;

static string List(IReadOnlyList<string> ids) => ids.Count == 0 ? "none" : string.Join(", ", ids);

// What a member loses in one element; power with exact figures, Shapley–Shubik (else Banzhaf) as fractions, before → after.
static string Describe(StakeChange c) => c.Kind switch
{
    StakeChangeKind.Membership => "membership",
    StakeChangeKind.Power when c.ShapleyShubikBefore is { } b && c.ShapleyShubikAfter is { } a => $"{c.Element} {b} → {a}",
    StakeChangeKind.Power => $"{c.Element} {c.BanzhafBefore} → {c.BanzhafAfter} (Banzhaf)",
    StakeChangeKind.Commitment => $"{c.Element} ({c.Horizon?.ToString().ToLowerInvariant()})",
    _ => c.Element ?? "",
};

static string Noun(StakeChangeKind kind) => kind switch
{
    StakeChangeKind.Membership => "its membership",
    StakeChangeKind.Seat => "seats in",
    StakeChangeKind.Veto => "vetoes in",
    StakeChangeKind.Power => "power in",
    StakeChangeKind.Commitment => "commitments it receives",
    _ => "blocking positions over",
};

// Lines of at most 100 columns, continued with an indent.
static void Wrap(string line)
{
    const int width = 100;
    const string indent = "      ";
    while (line.Length > width)
    {
        // Break after a comma where one is near enough, so that an item ("council 1/6 → 0") stays on one line.
        int comma = line.LastIndexOf(", ", width - 1, StringComparison.Ordinal);
        int cut = comma > width / 2 ? comma + 1 : line.LastIndexOf(' ', width);
        if (cut <= indent.Length) break;
        Console.WriteLine(line[..cut]);
        line = indent + line[(cut + 1)..];
    }

    Console.WriteLine(line);
}
