using System.Text.Json;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Napsm.Core.Model;
using Napsm.Core.Reporting;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;

namespace Napsm.Core.Tests.Validation;

/// <summary>#17 item 5: one root cause, one error — derived diagnostics folded under their root, in the report and every writer.</summary>
public class DerivedDiagnosticsTests
{
    private static readonly DesignValidator Validator = new();
    private static readonly DesignValidator Unfolded = new(ValidationOptions.Default with { FoldDerived = false });

    /// <summary>Five members with a population, one weighted rule whose attribute is misspelt.</summary>
    private const string MisspeltAttribute = """
        { "format": 1, "id": "typo", "name": "Typo",
          "members": [ { "id": "a", "name": "A", "attributes": { "population": 10 } }, { "id": "b", "name": "B", "attributes": { "population": 20 } },
                       { "id": "c", "name": "C", "attributes": { "population": 30 } }, { "id": "d", "name": "D", "attributes": { "population": 40 } },
                       { "id": "e", "name": "E", "attributes": { "population": 50 } } ],
          "bodies": [ { "id": "council", "name": "Council", "voters": ["a", "b", "c", "d", "e"],
                        "rule": { "all": [ { "atLeast": 3 }, { "weighted": { "by": "populaton", "atLeast": "65%" } } ] } } ] }
        """;

    private static ValidationReport Check(string json, DesignValidator? validator = null) =>
        (validator ?? Validator).Validate(DesignJson.Parse(json, "design.json"));

    [Fact]
    public void A_misspelt_attribute_is_one_error_with_every_member_without_it_folded_under_it()
    {
        var report = Check(MisspeltAttribute);

        var root = Assert.Single(report.Diagnostics, d => d.Id == "NAPSM0102");
        Assert.Null(root.CausedBy);
        var derived = report.Diagnostics.Where(d => d.Id == "NAPSM0308").ToList();
        Assert.Equal(5, derived.Count);
        Assert.All(derived, d => Assert.Equal(new DiagnosticCause("NAPSM0102", root.Location), d.CausedBy));
        // Every diagnostic of the rule is a root or follows from the misspelling; each derived one comes after its root.
        var list = report.Diagnostics.ToList();
        Assert.All(list.Where(d => d != root && d.Location.JsonPointer.StartsWith("/bodies/0/rule", StringComparison.Ordinal)),
            d => Assert.Equal("NAPSM0102", d.CausedBy?.Id));
        Assert.All(derived, d => Assert.True(list.IndexOf(root) < list.IndexOf(d), "the root comes first"));
    }

    [Fact]
    public void Folding_changes_the_order_and_the_cause_only()
    {
        var folded = Check(MisspeltAttribute);
        var plain = Check(MisspeltAttribute, Unfolded);

        Assert.All(plain.Diagnostics, d => Assert.Null(d.CausedBy));
        Assert.Equal(plain.Diagnostics.Select(Key).Order(StringComparer.Ordinal), folded.Diagnostics.Select(Key).Order(StringComparer.Ordinal));
        Assert.Equal(plain.Count(Severity.Error), folded.Count(Severity.Error));
        Assert.Equal(plain.IsValid, folded.IsValid);
    }

    [Fact]
    public void The_text_shows_the_root_once_with_the_derived_as_notes_and_counts_them_apart()
    {
        var text = ReportWriter.Format([Check(MisspeltAttribute)], ReportFormat.Text);

        Assert.Single(Regex.Matches(text, "^design\\.json\\([0-9]+,[0-9]+\\): error ", RegexOptions.Multiline));
        Assert.Contains(": note: follows from this: error NAPSM0308: member 'a' (A) has no weight", text, StringComparison.Ordinal);
        Assert.Contains("(and 4 more like it here)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("member 'b' (B) has no weight", text, StringComparison.Ordinal);
        Assert.Matches("typo: 1 error, 0 warnings, [0-9]+ info; [0-9]+ more follow from them\n$", text);
    }

    [Fact]
    public void Json_gives_each_derived_diagnostic_its_cause_after_the_contract_keys()
    {
        var json = ReportWriter.Format([Check(MisspeltAttribute)], ReportFormat.Json);
        using var doc = JsonDocument.Parse(json);
        var diagnostics = doc.RootElement.GetProperty("designs")[0].GetProperty("diagnostics").EnumerateArray().ToList();

        Assert.False(diagnostics.Single(d => d.GetProperty("id").GetString() == "NAPSM0102").TryGetProperty("causedBy", out _));
        var derived = diagnostics.Where(d => d.GetProperty("id").GetString() == "NAPSM0308").ToList();
        Assert.Equal(5, derived.Count);
        foreach (var d in derived)
        {
            Assert.Equal(["id", "severity", "message", "location", "related", "causedBy"], d.EnumerateObject().Select(p => p.Name));
            var cause = d.GetProperty("causedBy");
            Assert.Equal("NAPSM0102", cause.GetProperty("id").GetString());
            Assert.Equal("/bodies/0/rule/all/1/weighted/by", cause.GetProperty("location").GetProperty("pointer").GetString());
            Assert.True(cause.GetProperty("location").TryGetProperty("line", out _));
        }
    }

    [Fact]
    public void Sarif_keeps_every_result_and_names_the_root_as_a_related_location()
    {
        var report = Check(MisspeltAttribute);
        var sarif = ReportWriter.Format([report], ReportFormat.Sarif);
        using var doc = JsonDocument.Parse(sarif);
        var results = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();

        Assert.Equal(report.Diagnostics.Count, results.Count);
        var derived = results.Where(r => r.GetProperty("ruleId").GetString() == "NAPSM0308").ToList();
        Assert.All(derived, r =>
        {
            Assert.Equal("NAPSM0102", r.GetProperty("properties").GetProperty("causedBy").GetProperty("ruleId").GetString());
            var last = r.GetProperty("relatedLocations").EnumerateArray().Last();
            Assert.Equal("the root cause: NAPSM0102 here", last.GetProperty("message").GetProperty("text").GetString());
        });
    }

    [Fact]
    public void Markdown_shows_the_derived_in_the_root_row()
    {
        var markdown = ReportWriter.Format([Check(MisspeltAttribute)], ReportFormat.Markdown);

        var rows = markdown.Split('\n').Where(l => l.StartsWith("| ❌", StringComparison.Ordinal)).ToList();
        Assert.Single(rows);
        Assert.Equal(5, Regex.Count(rows[0], "⤷ follows from this: error NAPSM0308"));
    }

    [Fact]
    public void A_suppression_left_unused_by_an_error_at_its_place_follows_from_that_error()
    {
        // The unknown voter 'zz' keeps the body's game from being the one meant; the suppression of its deadlock then matches nothing.
        var report = Check("""
            { "format": 1, "id": "s", "name": "S",
              "members": [ { "id": "a", "name": "A" }, { "id": "b", "name": "B" }, { "id": "c", "name": "C" } ],
              "bodies": [ { "id": "council", "name": "Council", "voters": ["a", "b", "zz"], "rule": "unanimity" } ],
              "suppress": [ { "id": "NAPSM0311", "at": "/bodies/0", "why": "deadlock is intended" } ] }
            """);

        var unused = Assert.Single(report.Diagnostics, d => d.Id == "NAPSM0901");
        Assert.Equal("NAPSM0102", unused.CausedBy?.Id);
        Assert.Equal("/bodies/0/voters/2", unused.CausedBy!.Location.JsonPointer);
        int root = report.Diagnostics.ToList().FindIndex(d => d.Id == "NAPSM0102");
        Assert.True(root < report.Diagnostics.ToList().IndexOf(unused), "the root comes first");
    }

    [Fact]
    public void A_timing_conflict_through_a_phase_cycle_follows_from_the_cycle()
    {
        // 'second' comes after 'first' and 'first' after 'second': 'second' cannot end by 2020-01-05 once 'first' starts 2020-01-10.
        var report = Check("""
            { "format": 1, "id": "t", "name": "T", "members": [ { "id": "a", "name": "A" } ],
              "phases": [ { "id": "first", "name": "First", "after": ["second"], "window": { "start": "2020-01-10" } },
                          { "id": "second", "name": "Second", "after": ["first"], "window": { "end": "2020-01-05" } } ] }
            """);

        var cycle = Assert.Single(report.Diagnostics, d => d.Id == "NAPSM0401");
        Assert.Null(cycle.CausedBy);
        var timing = report.Diagnostics.Where(d => d.Id == "NAPSM0402").ToList();
        Assert.NotEmpty(timing);
        Assert.All(timing, d => Assert.Equal(new DiagnosticCause("NAPSM0401", cycle.Location), d.CausedBy));
    }

    [Fact]
    public void A_voter_without_weight_is_a_dummy_that_follows_from_its_missing_weight_and_real_dummies_stay_roots()
    {
        // cn and us decide together (45 of 53 against a quota of 2/3); jp, kr and ru are dummies of the game as weighted, and mn
        // only because it has no weight.
        var report = Check("""
            { "format": 1, "id": "w", "name": "W",
              "members": [ { "id": "cn", "name": "CN", "attributes": { "gdp": 18 } }, { "id": "jp", "name": "JP", "attributes": { "gdp": 4 } },
                           { "id": "kr", "name": "KR", "attributes": { "gdp": 2 } }, { "id": "us", "name": "US", "attributes": { "gdp": 27 } },
                           { "id": "ru", "name": "RU", "attributes": { "gdp": 2 } }, { "id": "mn", "name": "MN" } ],
              "bodies": [ { "id": "council", "name": "Council", "voters": ["cn", "jp", "kr", "us", "ru", "mn"],
                            "rule": { "weighted": { "by": "gdp", "atLeast": "2/3" } } } ] }
            """);

        var weightless = Assert.Single(report.Diagnostics, d => d.Id == "NAPSM0308");
        var dummies = report.Diagnostics.Where(d => d.Id == "NAPSM0304").ToDictionary(d => d.Involves.First(e => e.Kind == ElementKind.Member).Id);
        Assert.Equal(["jp", "kr", "mn", "ru"], dummies.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new DiagnosticCause("NAPSM0308", weightless.Location), dummies["mn"].CausedBy);
        Assert.All(["jp", "kr", "ru"], m => Assert.Null(dummies[m].CausedBy));
        var list = report.Diagnostics.ToList();
        // Right after its root, among the root's other derived diagnostics (the rule's own analyses).
        int root = list.IndexOf(weightless), mn = list.IndexOf(dummies["mn"]);
        Assert.True(root < mn);
        Assert.All(list[(root + 1)..mn], d => Assert.Equal("NAPSM0308", d.CausedBy?.Id));
    }

    [Fact]
    public void Independent_diagnostics_are_not_folded()
    {
        // A deadlock-prone rule with no broken reference: nothing follows from anything.
        var report = Check("""
            { "format": 1, "id": "i", "name": "I",
              "members": [ { "id": "a", "name": "A" }, { "id": "b", "name": "B" }, { "id": "c", "name": "C" }, { "id": "d", "name": "D" } ],
              "bodies": [ { "id": "council", "name": "Council", "voters": ["a", "b", "c", "d"], "rule": { "atLeast": 2 } } ] }
            """);

        Assert.NotEmpty(report.Diagnostics);
        Assert.All(report.Diagnostics, d => Assert.Null(d.CausedBy));
    }

    [Theory]
    [InlineData("/bodies/0/rule/all/1/weighted/by", "/bodies/0/rule")]
    [InlineData("/bodies/2/decisions/1/quorum/atLeast", "/bodies/2/decisions/1/quorum")]
    [InlineData("/treaties/0/entryIntoForce/rule", "/treaties/0/entryIntoForce/rule")]
    [InlineData("/amendment/rule/veto/0", "/amendment/rule")]
    [InlineData("/bodies/0/voters/3", null)]
    [InlineData("", null)]
    public void The_rule_a_place_is_in(string place, string? rule) => Assert.Equal(rule, DerivedDiagnostics.RuleRoot(place));

    private static string Key(Diagnostic d) => $"{d.Id} {d.Severity} {d.Location.JsonPointer} {d.Message}";

    // ---- Laws over generated designs (the validator's generator of flawed designs: unknown voters, missing weights, …) ----

    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(150);

    [Fact]
    public void The_generated_designs_exercise_folding()
    {
        // The laws below mean something only if the generator gives designs with derived diagnostics (missing weights, unknown voters).
        var designs = ValidationGenerators.Flawed.Sample(10, 150);
        Assert.Contains(designs, d => Validator.Validate(d).Diagnostics.Any(x => x.CausedBy is not null));
    }

    [Fact]
    public void Folding_loses_nothing_and_adds_nothing() =>
        Prop.ForAll(Arb.From(ValidationGenerators.Flawed), d =>
        {
            var folded = Validator.Validate(d).Diagnostics;
            var plain = Unfolded.Validate(d).Diagnostics;
            var same = folded.Select(Key).Order(StringComparer.Ordinal).SequenceEqual(plain.Select(Key).Order(StringComparer.Ordinal));
            return (same && plain.All(x => x.CausedBy is null))
                .Label($"folded {folded.Count} ({folded.Count(x => x.CausedBy is not null)} derived), unfolded {plain.Count}")
                .Classify(folded.Any(x => x.CausedBy is not null), "with derived diagnostics");
        }).Check(Config);

    [Fact]
    public void Every_derived_diagnostic_follows_its_root_which_is_no_derived_one() =>
        Prop.ForAll(Arb.From(ValidationGenerators.Flawed), d =>
        {
            var list = Validator.Validate(d).Diagnostics;
            Diagnostic? root = null;
            foreach (var x in list)
            {
                if (x.CausedBy is null) { root = x; continue; }
                if (root is null || root.Id != x.CausedBy.Id || root.Location != x.CausedBy.Location)
                {
                    return false.Label($"{x.Id} at {x.Location.JsonPointer} names {x.CausedBy.Id} at {x.CausedBy.Location.JsonPointer}, after {root?.Id}");
                }
            }

            return true.Label($"{list.Count} diagnostics");
        }).Check(Config);

    [Fact]
    public void Unfolded_order_is_the_plain_order_and_folding_only_moves_derived_ones_under_their_root() =>
        Prop.ForAll(Arb.From(ValidationGenerators.Flawed), d =>
        {
            var folded = Validator.Validate(d).Diagnostics;
            var plain = Unfolded.Validate(d).Diagnostics;
            // The roots keep their relative order.
            var roots = folded.Where(x => x.CausedBy is null).Select(Key).ToList();
            var plainRoots = plain.Select(Key).Where(roots.Contains).ToList();
            return roots.SequenceEqual(plainRoots).Label($"roots {string.Join(" | ", roots)}\nplain {string.Join(" | ", plainRoots)}");
        }).Check(Config);

    [Fact]
    public void The_text_accounts_for_every_diagnostic_once() =>
        Prop.ForAll(Arb.From(ValidationGenerators.Flawed), d =>
        {
            var report = Validator.Validate(d);
            var text = ReportWriter.Format([report], ReportFormat.Text);
            int entries = Regex.Count(text, "^<G>#[^ ]*: (error|warning|info) NAPSM", RegexOptions.Multiline);
            int notes = 0;
            foreach (Match m in Regex.Matches(text, ": note: follows from this: .*?(?:\\(and ([0-9]+) more like it here\\))?$", RegexOptions.Multiline))
            {
                notes += 1 + (m.Groups[1].Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0);
            }

            var summary = Regex.Match(text, "([0-9]+) errors?, ([0-9]+) warnings?, ([0-9]+) info(?:; ([0-9]+) more follows? from them)?\n$");
            int counted = Enumerable.Range(1, 4).Sum(g => summary.Groups[g].Success ? int.Parse(summary.Groups[g].Value, System.Globalization.CultureInfo.InvariantCulture) : 0);
            int derived = report.Diagnostics.Count(x => x.CausedBy is not null);
            return (entries + notes == report.Diagnostics.Count && counted == report.Diagnostics.Count && notes == derived)
                .Label($"{report.Diagnostics.Count} diagnostics ({derived} derived): {entries} entries, {notes} notes, summary {counted}");
        }).Check(Config);
}
