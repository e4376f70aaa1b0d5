using Napsm.Core.Serialization;
using Napsm.Core.Validation;
using Napsm.Samples.CustomRule;

// A rule of your own that does what a built-in rule does: InfeasibleTimingRule re-implements NAPSM0402 and NAPSM0403 with the
// library's public queries only. This program validates every design copied next to it (seeds/*.json, seeds/flawed/*.json and the
// validator's cases for the time rules and NAPSM0504) twice — with the built-in rules, and with the user's rule added — and compares
// the built-in diagnostics with the user's, field by field. It prints one line per design and exits with 1 on any difference (and
// when no design gave a diagnostic to compare, so that agreement is never vacuous). A folder of designs may be given instead.
var folder = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "designs");
var files = Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
var builtIn = new DesignValidator();
var withRule = builtIn.WithRule(new InfeasibleTimingRule(builtIn.Descriptors));
string[] twins = ["NAPSM0402", "NAPSM0403"];

int differences = 0, compared = 0;
foreach (var file in files)
{
    var shown = Path.GetRelativePath(folder, file).Replace('\\', '/');
    var document = DesignJson.Load(file);
    var expected = builtIn.Validate(document).Diagnostics.Where(d => twins.Contains(d.Id)).ToList();
    var actual = withRule.Validate(document).Diagnostics.Where(d => d.Id.StartsWith("CUSTOM", StringComparison.Ordinal)).ToList();
    var problems = Compare(expected, actual);
    compared += expected.Count;
    differences += problems.Count;
    Console.WriteLine(problems.Count == 0 ? $"{shown}: {expected.Count} diagnostic(s), the same" : $"{shown}: DIFFERENT");
    foreach (var p in problems) Console.WriteLine("  " + p);
}

Console.WriteLine($"{files.Count} designs, {compared} built-in diagnostics compared, {differences} difference(s)");
if (compared == 0) Console.WriteLine("no seed gave a diagnostic to compare: the comparison proves nothing");
return differences == 0 && compared > 0 ? 0 : 1;

static List<string> Compare(IReadOnlyList<Diagnostic> expected, IReadOnlyList<Diagnostic> actual)
{
    var problems = new List<string>();
    if (expected.Count != actual.Count) problems.Add($"{expected.Count} built-in diagnostic(s), {actual.Count} from the user's rule");
    for (int i = 0; i < Math.Min(expected.Count, actual.Count); i++)
    {
        var (e, a) = (expected[i], actual[i]);
        void Check(string what, object? x, object? y)
        {
            if (!Equals(x, y)) problems.Add($"#{i} {what}: built-in {x}, user's {y}");
        }

        Check("id", InfeasibleTimingRule.IdFor(e.Id), a.Id);
        Check("severity", e.Severity, a.Severity);
        Check("message", e.Message, a.Message);
        Check("location", e.Location, a.Location);
        Check("related locations", Show(e.RelatedLocations), Show(a.RelatedLocations));
        Check("chain", Show(e.Chain), Show(a.Chain));
    }

    return problems;
}

static string Show(IReadOnlyList<DiagnosticLocation> locations) =>
    string.Join(" | ", locations.Select(l => $"{l.JsonPointer} {l.Source} {l.Message}"));
