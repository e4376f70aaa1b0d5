using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Napsm.Core.Serialization;

namespace Napsm.Core.Benchmarks;

/// <summary>
/// Loading a design of phases p0 … p(n−1), each after the previous one and p0 after the last, on one line: the hostile-input case
/// "cycle of 100,000 phases" of issue 8. Parse is the whole load; Scan is the first pass alone; Locate finds every phase.
/// </summary>
[MemoryDiagnoser]
public class LoaderBenchmarks
{
    private byte[] _utf8 = [];
    private DesignDocument _document = null!;
    private string[] _pointers = [];

    [Params(1_000, 100_000)]
    public int Phases { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var sb = new StringBuilder("{\"format\":1,\"id\":\"d\",\"name\":\"D\",\"phases\":[");
        for (int i = 0; i < Phases; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"p{i}\",\"name\":\"P\",\"after\":[\"p{(i + Phases - 1) % Phases}\"]}}");
        }

        _utf8 = Encoding.UTF8.GetBytes(sb.Append("]}").ToString());
        _document = DesignJson.Parse(_utf8);
        _pointers = Enumerable.Range(0, Phases).Select(i => string.Create(CultureInfo.InvariantCulture, $"/phases/{i}/after/0")).ToArray();
    }

    [Benchmark]
    public DesignDocument Parse() => DesignJson.Parse(_utf8);

    [Benchmark]
    public object Scan() => Scanner.Scan(_utf8, LoadOptions.Default);

    [Benchmark]
    public int LocateEveryPhase()
    {
        int sum = 0;
        foreach (var p in _pointers) sum += _document.Locate(p)!.Value.Column;
        return sum;
    }
}
