using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Napsm.Core.Model;
using Napsm.Core.Validation;

namespace Napsm.Core.Tests.Validation;

public class ValidationProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(150);
    private static readonly DesignValidator Validator = new();

    private static List<string> Findings(Design d) =>
        Validator.Validate(d).Diagnostics.Select(x => x.Id + " " + ReportedSeverity(x) + " " + x.Message).Order(StringComparer.Ordinal).ToList();

    private static string ReportedSeverity(Diagnostic d) => d.Severity.ToString();

    private static string Show(IEnumerable<string> lines) => string.Join(" | ", lines);

    [Fact]
    public void Validator_never_throws_on_any_generated_design() =>
        Prop.ForAll(Arb.From(ValidationGenerators.Flawed), d =>
        {
            var report = Validator.Validate(d);
            return (report.DesignId == d.Id).Label($"validated {d.Members.Count} members, {d.Bodies.Count} bodies: {Show(report.Diagnostics.Select(x => x.Id))}");
        }).Check(Config);

    [Fact]
    public void Report_does_not_depend_on_the_order_of_members_bodies_and_principles() =>
        Prop.ForAll(Arb.From(from d in ValidationGenerators.Flawed from s in ValidationGenerators.Shuffled(d) select (d, s)), pair =>
        {
            var (original, shuffled) = pair;
            var a = Findings(original);
            var b = Findings(shuffled);
            return a.SequenceEqual(b).Label($"original: {Show(a)}\nshuffled: {Show(b)}");
        }).Check(Config);

    [Fact]
    public void Renaming_member_ids_renames_them_in_the_diagnostics_and_changes_nothing_else() =>
        Prop.ForAll(Arb.From(ValidationGenerators.Flawed), d =>
        {
            // Member ids appear in quotes, alone or inside a quoted rule such as 'veto[a, b]'; no other word in a quoted text is made of a–j only.
            var expected = Findings(d).Select(line => Regex.Replace(line, "'[^']*'", q => Regex.Replace(q.Value, @"\b[a-j]+\b", m => ValidationGenerators.RenameId(m.Value))))
                .Order(StringComparer.Ordinal).ToList();
            var actual = Findings(ValidationGenerators.RenameMembers(d));
            return expected.SequenceEqual(actual).Label($"expected: {Show(expected)}\nactual:   {Show(actual)}");
        }).Check(Config);

    [Fact]
    public void Design_generated_free_of_flaws_has_no_errors() =>
        Prop.ForAll(Arb.From(ValidationGenerators.Clean), d =>
        {
            var errors = Validator.Validate(d).Diagnostics.Where(x => x.Severity == Severity.Error).ToList();
            return (errors.Count == 0).Label("errors: " + Show(errors.Select(e => e.ToString())));
        }).Check(Config);

    private static Property ExactlyOneNewError(Design flawed, string id)
    {
        var errors = Validator.Validate(flawed).Diagnostics.Where(x => x.Severity == Severity.Error).ToList();
        return (errors.Count == 1 && errors[0].Id == id).Label($"expected exactly one {id}, got: {Show(errors.Select(e => e.ToString()))}");
    }

    [Fact]
    public void Injecting_a_reporting_cycle_yields_exactly_that_error() =>
        Prop.ForAll(Arb.From(ValidationGenerators.Clean.Where(d => d.Bodies.Count >= 2)), d =>
        {
            var bodies = d.Bodies.ToList();
            bodies[0] = bodies[0] with { ReportsTo = bodies[1].Id };
            bodies[1] = bodies[1] with { ReportsTo = bodies[0].Id };
            return ExactlyOneNewError(d with { Bodies = bodies }, "NAPSM0202");
        }).Check(Config);

    [Fact]
    public void Injecting_a_dangling_reference_yields_exactly_that_error() =>
        Prop.ForAll(Arb.From(ValidationGenerators.Clean), d =>
        {
            var bodies = d.Bodies.ToList();
            bodies[^1] = bodies[^1] with { Chair = "zz" };
            return ExactlyOneNewError(d with { Bodies = bodies }, "NAPSM0102");
        }).Check(Config);

    [Fact]
    public void Injecting_a_duplicate_id_yields_exactly_that_error() =>
        Prop.ForAll(Arb.From(ValidationGenerators.Clean), d =>
            ExactlyOneNewError(d with { Members = [.. d.Members, d.Members[0] with { Name = "Impostor" }] }, "NAPSM0101")).Check(Config);
}
