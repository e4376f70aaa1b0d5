using System.Collections.Concurrent;

namespace Napsm.Core;

/// <summary>
/// What a group of analyses shares: one budget (a time limit counted from the context's creation, a memory limit and a cancellation
/// token) and the caches of what they compute, so that a validation run, a stake report or a command computes each game, member table
/// and analysis once and stays within one limit as a whole. Pass it in <c>AnalysisOptions.Context</c>, <c>ValidationOptions</c> or
/// <c>StakeOptions</c>; without one, each analysis stands alone.
/// </summary>
/// <remarks>
/// <para>Thread-safe: analyses on several threads may share one context. The caches hold what they computed (keyed by the design and
/// element objects, by reference) for the context's lifetime: use one context per run, not one for the process.</para>
/// </remarks>
public sealed class AnalysisContext : IDisposable
{
    private readonly CancellationTokenSource _deadline;
    private readonly ConcurrentDictionary<object, object> _tables = new(ReferenceEqualityComparer.Instance);

    /// <summary>A context with a budget.</summary>
    /// <param name="timeLimit">The time every analysis in the context must finish within, counted from now; null for none.</param>
    /// <param name="memoryLimit">The bytes an analysis in the context may allocate when it sets no limit of its own; null for none.</param>
    /// <param name="cancellationToken">Cancels every analysis in the context.</param>
    /// <exception cref="ArgumentOutOfRangeException">The memory limit is not positive.</exception>
    public AnalysisContext(TimeSpan? timeLimit = null, long? memoryLimit = null, CancellationToken cancellationToken = default)
        : this(TimeSpan.Zero, timeLimit, memoryLimit, cancellationToken)
    {
    }

    /// <summary>A context with a budget of which some time is already spent, such as a command's start-up.</summary>
    /// <param name="elapsed">The time already spent against <paramref name="timeLimit"/>: the analyses stop that much earlier, and a
    /// part they could not finish still reports the whole <paramref name="timeLimit"/> as the limit it met.</param>
    /// <param name="timeLimit">The time every analysis in the context must finish within, counted from <paramref name="elapsed"/> ago; null for none.</param>
    /// <param name="memoryLimit">The bytes an analysis in the context may allocate when it sets no limit of its own; null for none.</param>
    /// <param name="cancellationToken">Cancels every analysis in the context.</param>
    /// <returns>The context.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The memory limit is not positive, or <paramref name="elapsed"/> is negative.</exception>
    public static AnalysisContext Started(TimeSpan elapsed, TimeSpan? timeLimit, long? memoryLimit = null, CancellationToken cancellationToken = default) =>
        new(elapsed, timeLimit, memoryLimit, cancellationToken);

    /// <summary>
    /// A context that is one part of a larger time limit (one of several games a command analyses in turn): it ends at
    /// <paramref name="partEnd"/>, and a part it could not finish says it stopped at its part of <paramref name="wholeTimeLimit"/>.
    /// </summary>
    /// <param name="elapsed">The time already spent against both limits.</param>
    /// <param name="partEnd">When this part ends, counted like <paramref name="wholeTimeLimit"/>.</param>
    /// <param name="wholeTimeLimit">The limit the user gave for everything.</param>
    /// <param name="memoryLimit">The bytes an analysis in the context may allocate when it sets no limit of its own; null for none.</param>
    internal static AnalysisContext Part(TimeSpan elapsed, TimeSpan partEnd, TimeSpan wholeTimeLimit, long? memoryLimit) =>
        new(elapsed, partEnd, memoryLimit, default) { WholeTimeLimit = wholeTimeLimit, PartTime = partEnd - elapsed };

    /// <summary>For a context made by <see cref="Part"/>: the limit of the whole, of which <see cref="TimeLimit"/> is a part; else null.</summary>
    internal TimeSpan? WholeTimeLimit { get; private init; }

    /// <summary>For a context made by <see cref="Part"/>: the time this part had (its end less the time elapsed before it); else null.</summary>
    internal TimeSpan? PartTime { get; private init; }

    private AnalysisContext(TimeSpan elapsed, TimeSpan? timeLimit, long? memoryLimit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(elapsed, TimeSpan.Zero);
        if (memoryLimit is <= 0) throw new ArgumentOutOfRangeException(nameof(memoryLimit), memoryLimit, "The memory limit must be positive.");
        TimeLimit = timeLimit;
        MemoryLimit = memoryLimit;
        CancellationToken = cancellationToken;
        _deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeLimit is { } limit && limit - elapsed <= TimeSpan.Zero) _deadline.Cancel();
        else if (timeLimit is { } positive) _deadline.CancelAfter(positive - elapsed);
        if (timeLimit is { } l) _deadlineAt = System.Diagnostics.Stopwatch.GetTimestamp() + (long)((l - elapsed).TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
    }

    private readonly long? _deadlineAt;

    /// <summary>The time left before the context's deadline (zero once it has passed); null without a time limit.</summary>
    internal TimeSpan? TimeLeft => _deadlineAt is { } at
        ? TimeSpan.FromSeconds(Math.Max(0, (at - System.Diagnostics.Stopwatch.GetTimestamp()) / (double)System.Diagnostics.Stopwatch.Frequency))
        : null;

    /// <summary>The time limit of the whole context, counted from its creation (less the time already elapsed given then); null for none.</summary>
    public TimeSpan? TimeLimit { get; }

    /// <summary>The memory limit of each analysis that sets none; null for none.</summary>
    public long? MemoryLimit { get; }

    /// <summary>The caller's cancellation token.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Whether the time is up or the caller cancelled: analyses started now compute nothing that takes time.</summary>
    public bool IsStopped => _deadline.IsCancellationRequested;

    /// <summary>Fires when the time is up or the caller cancels.</summary>
    internal CancellationToken Token => _deadline.Token;

    /// <summary>The value cached under a key in a slot, computed on first use (once, even when threads race).</summary>
    internal TValue Cached<TKey, TValue>(CacheSlot<TKey, TValue> slot, TKey key, Func<TKey, TValue> create)
        where TKey : notnull
    {
        var table = (ConcurrentDictionary<TKey, Once<TValue>>)_tables.GetOrAdd(slot, _ => new ConcurrentDictionary<TKey, Once<TValue>>(slot.Comparer));
        return table.GetOrAdd(key, _ => new Once<TValue>()).Get(() => create(key));
    }

    // Computes its value on the first Get; other threads wait for it rather than computing it again.
    private sealed class Once<T>
    {
        private readonly Lock _gate = new();
        private T? _value;
        private bool _done;

        public T Get(Func<T> create)
        {
            lock (_gate)
            {
                if (!_done)
                {
                    _value = create();
                    _done = true;
                }

                return _value!;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _deadline.Dispose();
}

/// <summary>
/// One kind of cached value in an <see cref="AnalysisContext"/>: a static instance per kind is its identity, and its comparer says when
/// two keys are the same (designs and elements by reference: they are immutable, and value equality would compare them deeply).
/// </summary>
internal sealed class CacheSlot<TKey, TValue>(IEqualityComparer<TKey> comparer)
    where TKey : notnull
{
    public IEqualityComparer<TKey> Comparer { get; } = comparer;
}

/// <summary>Equality of pairs by reference of both items.</summary>
internal sealed class ReferencePairComparer<TA, TB> : IEqualityComparer<(TA, TB)>
    where TA : class
    where TB : class
{
    public static readonly ReferencePairComparer<TA, TB> Instance = new();

    public bool Equals((TA, TB) x, (TA, TB) y) => ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

    public int GetHashCode((TA, TB) obj) =>
        HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item2));
}

/// <summary>
/// A key of an <see cref="AnalysisContext"/> cache: one or two objects compared by reference (a design and one of its elements: they
/// are immutable, and value equality would compare them deeply), an index (a matter of a body) and options compared by value (an
/// analysis under other limits is another analysis).
/// </summary>
internal readonly struct CacheKey : IEquatable<CacheKey>
{
    private readonly object _first;
    private readonly object? _second;
    private readonly object? _third;
    private readonly int _index;
    private readonly object? _options;

    public CacheKey(object first, object? second = null, int index = -1, object? options = null, object? third = null)
    {
        _first = first;
        _second = second;
        _third = third;
        _index = index;
        _options = options;
    }

    public bool Equals(CacheKey other) =>
        ReferenceEquals(_first, other._first) && ReferenceEquals(_second, other._second) && ReferenceEquals(_third, other._third)
        && _index == other._index && Equals(_options, other._options);

    public override bool Equals(object? obj) => obj is CacheKey other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(
        System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_first),
        _second is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_second),
        _third is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_third),
        _index,
        _options);
}
