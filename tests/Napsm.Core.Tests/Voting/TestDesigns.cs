using System.Text.Json;
using Napsm.Core.Model;

namespace Napsm.Core.Tests.Voting;

/// <summary>
/// Test support: a small reader for the rule grammar of the design-file format (members with attributes, bodies with voters and rules),
/// enough to run the conformance cases independently of the serialization engine.
/// </summary>
internal static class TestDesigns
{
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Napsm.Core.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Napsm.Core.sln not found above " + AppContext.BaseDirectory);
    }

    public static string ConformanceDirectory => Path.Combine(RepoRoot(), "tests", "Napsm.Core.Tests", "Conformance");

    public static Design ReadDesign(JsonElement e)
    {
        var builder = Design.Create(e.GetProperty("id").GetString()!, e.GetProperty("name").GetString()!);
        if (e.TryGetProperty("members", out var members))
        {
            foreach (var m in members.EnumerateArray())
            {
                builder.Member(m.GetProperty("id").GetString()!, m.GetProperty("name").GetString()!, mb =>
                {
                    if (!m.TryGetProperty("attributes", out var attrs)) return;
                    foreach (var a in attrs.EnumerateObject())
                    {
                        var v = a.Value.ValueKind == JsonValueKind.Object ? a.Value.GetProperty("value") : a.Value;
                        mb.Attribute(a.Name, Rational.Parse(v.GetRawText()));
                    }
                });
            }
        }

        if (e.TryGetProperty("bodies", out var bodies))
        {
            foreach (var b in bodies.EnumerateArray())
            {
                var voters = b.GetProperty("voters").EnumerateArray().Select(v => v.GetString()!).ToArray();
                var rule = ReadRule(b.GetProperty("rule"));
                builder.Body(b.GetProperty("id").GetString()!, b.GetProperty("name").GetString()!, bb => bb.Voters(voters).Rule(rule));
            }
        }

        return builder.Build();
    }

    public static DecisionRule ReadRule(JsonElement r)
    {
        if (r.ValueKind == JsonValueKind.String)
        {
            return r.GetString() switch
            {
                "unanimity" => Rule.Unanimity,
                "consensus" => Rule.Consensus,
                "simpleMajority" => Rule.SimpleMajority,
                var s => throw new FormatException("unknown rule " + s),
            };
        }

        if (r.TryGetProperty("consensusMinus", out var k)) return Rule.ConsensusMinus(k.GetInt32());
        if (r.TryGetProperty("veto", out var veto)) return Rule.Veto(veto.EnumerateArray().Select(x => x.GetString()!).ToArray());
        if (r.TryGetProperty("all", out var all)) return Rule.All(all.EnumerateArray().Select(ReadRule).ToArray());
        if (r.TryGetProperty("any", out var any)) return Rule.Any(any.EnumerateArray().Select(ReadRule).ToArray());
        if (r.TryGetProperty("weighted", out var w))
        {
            var (cmp, t) = ReadThreshold(w);
            if (w.TryGetProperty("by", out var by)) return WeightedRule.ByAttribute(by.GetString()!, cmp, t);
            var weights = w.GetProperty("weights").EnumerateObject().Select(p => KeyValuePair.Create(p.Name, Rational.Parse(p.Value.GetRawText()))).ToArray();
            return WeightedRule.WithWeights(weights, cmp, t);
        }

        var (c, th) = ReadThreshold(r);
        var of = r.TryGetProperty("of", out var o) ? o.EnumerateArray().Select(x => x.GetString()!).ToArray() : null;
        return new HeadCountRule(c, th, of);
    }

    private static (Comparison, Threshold) ReadThreshold(JsonElement e)
    {
        var cmp = e.TryGetProperty("atLeast", out var v) ? Comparison.AtLeast : Comparison.MoreThan;
        if (cmp == Comparison.MoreThan) v = e.GetProperty("moreThan");
        var text = v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText();
        return Threshold.TryParse(text, out var t) ? (cmp, t) : throw new FormatException("bad threshold " + text);
    }
}
