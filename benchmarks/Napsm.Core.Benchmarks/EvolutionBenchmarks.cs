using BenchmarkDotNet.Attributes;
using Napsm.Core.Evolution;
using Napsm.Core.Model;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;
using EvolutionEngine = Napsm.Core.Evolution.Evolution;

namespace Napsm.Core.Benchmarks;

/// <summary>
/// Targets (issue 16): the bundled NAPSM path (six-party Phase 3 → NAPSM A → NAPSM C, with exact power figures and the skip) under
/// 1 s; the validator's step check of NAPSM C from NAPSM A (vetoes only, no power figures) under 100 ms; a step of the 27-member EU
/// Council from the Lisbon double majority to unanimity, with exact Shapley–Shubik and Banzhaf before and after, under 2 s.
/// </summary>
[MemoryDiagnoser]
public class EvolutionBenchmarks
{
    private Design[] _path = null!;
    private DesignDocument _napsmA = null!;
    private DesignDocument _napsmC = null!;
    private DesignValidator _stepCheck = null!;
    private Design _lisbon = null!;
    private Design _unanimous = null!;

    [GlobalSetup]
    public void Setup()
    {
        DesignDocument Load(string file) =>
            DesignJson.Load(Games.FindSeed(file) ?? throw new InvalidOperationException($"seeds/{file} not found (set NAPSM_SEEDS)."));
        var phase3 = Load("six-party-phase3.json");
        _napsmA = Load("napsm-a-evolved-six-party.json");
        _napsmC = Load("napsm-c-treaty-organisation.json");
        _path = [phase3.Design, _napsmA.Design, _napsmC.Design];
        _stepCheck = new DesignValidator(new ValidationOptions { Predecessor = _napsmA }).WithEvolutionRules();

        _lisbon = Load("eu-council-lisbon.json").Design;
        var council = _lisbon.Bodies[0];
        _unanimous = _lisbon with { Bodies = [council with { Rule = Rule.Unanimity }, .. _lisbon.Bodies.Skip(1)] };
        if (!EvolutionEngine.AnalyzeStep(_lisbon, _unanimous).Losers.Any()) throw new InvalidOperationException("The EU step must have losers.");
    }

    /// <summary>The NAPSM path with every figure: changes, governing rules, consents, losses with exact power, the skip.</summary>
    [Benchmark]
    public EvolutionResult NapsmPath() => EvolutionEngine.Analyze(_path);

    /// <summary>What <c>napsm check napsm-c-treaty-organisation.json</c> adds for the step: the whole validation with the step rules.</summary>
    [Benchmark]
    public ValidationReport StepCheck() => _stepCheck.Validate(_napsmC);

    /// <summary>The EU Council (27 members, Lisbon double majority) becoming unanimous: exact power before and after.</summary>
    [Benchmark]
    public EvolutionStep EuCouncilToUnanimity() => EvolutionEngine.AnalyzeStep(_lisbon, _unanimous);
}
