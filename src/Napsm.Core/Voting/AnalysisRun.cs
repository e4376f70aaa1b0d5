using System.Numerics;

namespace Napsm.Core.Voting;

/// <summary>
/// The time and memory an analysis may use: one token that fires on the caller's cancellation, the shared deadline of an
/// <see cref="AnalysisContext"/> or the analysis's own <see cref="AnalysisOptions.TimeLimit"/>, whichever comes first; and the byte
/// limit every table is checked against before it is allocated.
/// </summary>
internal sealed class AnalysisBudget : IDisposable
{
    private readonly CancellationTokenSource _linked;
    private readonly CancellationToken _caller;
    private readonly AnalysisContext? _context;
    private readonly AnalysisSize _timeSize;

    private AnalysisBudget(CancellationTokenSource linked, AnalysisOptions options, double timeLimitSeconds, AnalysisSize timeSize, CancellationToken caller)
    {
        _timeSize = timeSize;
        _linked = linked;
        _caller = caller;
        _context = options.Context;
        TimeLimitSeconds = timeLimitSeconds;
        MaxTableBytes = options.MaxTableBytes;
        MemoryLimit = options.MemoryLimit ?? options.Context?.MemoryLimit ?? long.MaxValue;
    }

    /// <summary>Polled by every method: cancelled on the caller's request or when time is up.</summary>
    public CancellationToken Token => _linked.Token;

    /// <summary>The bytes any one table may take (<see cref="AnalysisOptions.MaxTableBytes"/>).</summary>
    public long MaxTableBytes { get; }

    /// <summary>The bytes the analysis may take in all (<see cref="AnalysisOptions.MemoryLimit"/>), or <see cref="long.MaxValue"/>.</summary>
    public long MemoryLimit { get; }

    /// <summary>The smaller of the two byte limits: what one table is checked against.</summary>
    public double TableLimit => Math.Min(MaxTableBytes, MemoryLimit);

    /// <summary>The time limit in seconds that applied (the smallest of the analysis's and the context's), or infinity.</summary>
    public double TimeLimitSeconds { get; }

    public static AnalysisBudget Start(AnalysisOptions options, CancellationToken cancel)
    {
        var context = options.Context;
        var linked = context is null
            ? CancellationTokenSource.CreateLinkedTokenSource(cancel)
            : CancellationTokenSource.CreateLinkedTokenSource(cancel, context.Token);
        double seconds = double.PositiveInfinity;
        if (options.TimeLimit is { } limit)
        {
            if (limit <= TimeSpan.Zero) linked.Cancel();
            else linked.CancelAfter(limit);
            seconds = limit.TotalSeconds;
        }

        bool contextBinds = context?.TimeLimit is { } shared && shared.TotalSeconds <= seconds;
        if (contextBinds) seconds = context!.TimeLimit!.Value.TotalSeconds;

        // When the limit that binds is one part of a larger one (a command's matters share its limit; approximation leaves the exact
        // methods half), the reason names the whole and the part this analysis had: "10 s", not the moment its part ended.
        var timeSize = (contextBinds, context, options) switch
        {
            (true, { WholeTimeLimit: { } whole, PartTime: { } part }, _) => Part(part, whole),
            (false, _, { TimeLimit: { } part, WholeTimeLimit: { } whole }) when part < whole => Part(part, whole),
            _ => new AnalysisSize(SizeUnit.Seconds, null, seconds),
        };
        return new AnalysisBudget(linked, options, seconds, timeSize, cancel);
    }

    /// <summary>Why the token fired: the caller's cancellation, or the time limit.</summary>
    public TooLargeException Stopped() => _caller.IsCancellationRequested || _context?.CancellationToken.IsCancellationRequested == true
        ? new TooLargeException(NotComputedReason.Cancelled, null)
        : new TooLargeException(NotComputedReason.TimeLimit, _timeSize);

    private static AnalysisSize Part(TimeSpan part, TimeSpan whole) =>
        new(SizeUnit.Seconds, Math.Round(Math.Max(0, part.TotalSeconds), 1), whole.TotalSeconds);

    /// <summary>Throws when a table of this many bytes would exceed a limit: the memory limit when that is the one it breaks.</summary>
    public void CheckTable(double bytes)
    {
        if (bytes <= TableLimit) return;
        throw MemoryLimit < MaxTableBytes
            ? new TooLargeException(NotComputedReason.MemoryLimit, new AnalysisSize(SizeUnit.Bytes, bytes, MemoryLimit))
            : new TooLargeException(NotComputedReason.TooLarge, new AnalysisSize(SizeUnit.Bytes, bytes, MaxTableBytes));
    }

    public void Dispose() => _linked.Dispose();
}

/// <summary>
/// The state of one analysis while the portfolio runs: the figures found so far, which method produced each part, why the others
/// failed, and what methods share (the decision diagram, the classes of interchangeable voters).
/// </summary>
internal sealed class AnalysisRun : IDisposable
{
    private readonly Dictionary<AnalysisPart, TooLargeException> _failures = [];
    private (Bdd Bdd, int Root)? _diagram;
    private TooLargeException? _diagramFailure;
    private VoterClasses? _classes;

    public AnalysisRun(VotingGame game, AnalysisOptions options, AnalysisBudget budget)
    {
        Game = game;
        Options = options;
        Budget = budget;
    }

    public VotingGame Game { get; }

    public AnalysisOptions Options { get; }

    public AnalysisBudget Budget { get; }

    public CancellationToken Cancel => Budget.Token;

    /// <summary>The disposables of the analysis (the diagrams' pooled storage), released when it ends: the result holds none.</summary>
    public GameAnalyzer.Owned Owned { get; } = new();

    /// <summary>The parts done, and by which method.</summary>
    public Dictionary<AnalysisPart, AnalysisMethod> Done { get; } = [];

    public BigInteger? Winning { get; set; }

    public BigInteger[]? Swings { get; set; }

    public BigInteger[]? ShapleyNumerators { get; set; }

    public BigInteger ShapleyDenominator { get; set; } = BigInteger.One;

    public bool? Proper { get; set; }

    public bool? Strong { get; set; }

    public CoalitionPair? Witness { get; set; }

    public CoalitionPair? Deadlock { get; set; }

    public Rational[]? Johnston { get; set; }

    public Rational[]? DeeganPackel { get; set; }

    public Rational[]? HollerPackel { get; set; }

    public List<ClauseEffect>? Clauses { get; set; }

    public bool IsDone(AnalysisPart part) => Done.ContainsKey(part);

    public void Complete(AnalysisPart part, AnalysisMethod method) => Done[part] = method;

    /// <summary>Records why a part failed; the first reason stays (it is the cheapest method's) unless a later one is the budget's.</summary>
    public void Fail(AnalysisPart part, TooLargeException reason)
    {
        if (!_failures.ContainsKey(part) || reason.Reason is NotComputedReason.TimeLimit or NotComputedReason.Cancelled) _failures[part] = reason;
    }

    public PartNotComputed FailureOf(AnalysisPart part) => _failures.TryGetValue(part, out var e)
        ? new PartNotComputed(part, e.Reason, e.Size)
        : new PartNotComputed(part, NotComputedReason.TooLarge, null);

    /// <summary>The decision diagram of the rule, built once for every part that needs it; a failure to build is kept and thrown again.</summary>
    public (Bdd Bdd, int Root) Diagram()
    {
        if (_diagramFailure is not null) throw _diagramFailure;
        if (_diagram is { } built) return built;
        try
        {
            // A node takes about 32 bytes (level, children, its unique-table entry): the memory limit bounds the nodes too.
            int maxNodes = (int)Math.Min(Options.MaxDiagramNodes, Budget.MemoryLimit / 32);
            var bdd = Owned.Add(new Bdd(GameAnalyzer.VariableOrder(Game.Root, Game.Count), maxNodes, Cancel));
            bdd.Precheck(Game.Root);
            _diagram = (bdd, bdd.Build(Game.Root));
            return _diagram.Value;
        }
        catch (TooLargeException e)
        {
            _diagramFailure = e;
            throw;
        }
    }

    /// <summary>The classes of interchangeable voters (equal weight in every threshold of the rule).</summary>
    public VoterClasses Classes => _classes ??= VoterClasses.Of(Game);

    public void Dispose() => Owned.Dispose();
}

/// <summary>
/// One exact method of the portfolio. <see cref="Cost"/> estimates, before anything is computed, the elementary operations the method
/// needs for a part of this game (null when it does not apply); <see cref="Portfolio"/> runs, for each part, the cheapest method and
/// falls back to the next when it exceeds a limit.
/// </summary>
internal abstract class PowerMethod
{
    public abstract AnalysisMethod Method { get; }

    /// <summary>The estimated operations for the part, or null when the method cannot compute it for this game.</summary>
    public abstract double? Cost(AnalysisRun run, AnalysisPart part);

    /// <summary>
    /// When the method gives the part but not for this game because a size is over a limit: that size, as the reason the portfolio
    /// reports when no method applies. Null otherwise.
    /// </summary>
    public virtual TooLargeException? Refusal(AnalysisRun run, AnalysisPart part) => null;

    /// <summary>
    /// Computes the parts (all with a cost), stores their figures in the run and marks each done with <see cref="AnalysisRun.Complete"/>.
    /// A part it cannot finish is recorded with <see cref="AnalysisRun.Fail"/> or, for all of them at once, by throwing
    /// <see cref="TooLargeException"/>; a cancellation or the time limit surfaces as <see cref="OperationCanceledException"/>.
    /// </summary>
    public abstract void Run(AnalysisRun run, IReadOnlyList<AnalysisPart> parts);
}

/// <summary>Chooses, per part, the cheapest applicable method and runs it; on failure tries the next cheapest.</summary>
internal static class Portfolio
{
    public static void Run(AnalysisRun run, IReadOnlyList<AnalysisPart> wanted, IReadOnlyList<PowerMethod> methods, Func<PowerMethod, AnalysisPart, bool> allowed)
    {
        var tried = new HashSet<(AnalysisMethod, AnalysisPart)>();
        var gaveUp = new HashSet<AnalysisPart>();

        // A game does not change while its analysis runs, so neither do the estimates: each is made once.
        var costs = new Dictionary<(AnalysisMethod, AnalysisPart), double?>();
        double? Cost(PowerMethod m, AnalysisPart part)
        {
            if (!costs.TryGetValue((m.Method, part), out var cost)) costs.Add((m.Method, part), cost = m.Cost(run, part));
            return cost;
        }

        while (true)
        {
            var choice = new List<(AnalysisPart Part, PowerMethod Method)>();
            foreach (var part in wanted)
            {
                if (run.IsDone(part) || gaveUp.Contains(part)) continue;
                PowerMethod? best = null;
                double bestCost = double.PositiveInfinity;
                foreach (var m in methods)
                {
                    if (!allowed(m, part) || tried.Contains((m.Method, part)) || Cost(m, part) is not { } cost) continue;
                    if (best is null || cost < bestCost) (best, bestCost) = (m, cost);
                }

                if (best is not null)
                {
                    choice.Add((part, best));
                    continue;
                }

                // No method left: the reason is the first failure, else the first size a method found too large.
                gaveUp.Add(part);
                foreach (var m in methods)
                {
                    if (allowed(m, part) && !tried.Contains((m.Method, part)) && m.Refusal(run, part) is { } refusal) run.Fail(part, refusal);
                }
            }

            if (choice.Count == 0) return;
            var method = choice[0].Method;
            var parts = choice.Where(c => c.Method == method).Select(c => c.Part).ToList();
            foreach (var part in parts) tried.Add((method.Method, part));
            try
            {
                run.Cancel.ThrowIfCancellationRequested();
                method.Run(run, parts);
            }
            catch (TooLargeException e)
            {
                foreach (var part in parts.Where(p => !run.IsDone(p))) run.Fail(part, e);
            }
            catch (OperationCanceledException) when (run.Cancel.IsCancellationRequested)
            {
                // Out of time (or cancelled): every part not done yet stops here, the parts done stay.
                var stopped = run.Budget.Stopped();
                foreach (var part in wanted.Where(p => !run.IsDone(p) && !gaveUp.Contains(p))) run.Fail(part, stopped);
                return;
            }
        }
    }
}
