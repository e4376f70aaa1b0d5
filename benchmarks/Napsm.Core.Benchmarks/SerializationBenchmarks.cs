using System.Text;
using BenchmarkDotNet.Attributes;
using Napsm.Core.Model;
using Napsm.Core.Serialization;

namespace Napsm.Core.Benchmarks;

/// <summary>Loading (with positions and strict checks) and canonical saving of a design with one weighted body over every member.</summary>
[MemoryDiagnoser]
public class SerializationBenchmarks
{
    private Design _design = null!;
    private byte[] _utf8 = [];

    [Params(15, 1000)]
    public int Members { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var ids = Enumerable.Range(0, Members).Select(i => "m" + i).ToList();
        _design = new Design("bench", "Benchmark")
        {
            Members = ids.Select((id, i) => new Member(id, "Member " + i) { Attributes = new Dictionary<string, AttributeValue> { ["population"] = 1000 + i } }).ToList(),
            Bodies =
            [
                new Body("council", "Council", ids, Rule.All(
                    Rule.AtLeast(Threshold.Percentage(55)),
                    Rule.Weighted(ids.Select((id, i) => new KeyValuePair<string, Rational>(id, i % 7)), Threshold.Fraction(new Rational(2, 3))),
                    Rule.Veto(ids.Take(5)))),
            ],
        };
        _utf8 = Encoding.UTF8.GetBytes(DesignJson.Serialize(_design));
    }

    [Benchmark]
    public DesignDocument Parse() => DesignJson.Parse(_utf8);

    [Benchmark]
    public string Serialize() => DesignJson.Serialize(_design);
}
