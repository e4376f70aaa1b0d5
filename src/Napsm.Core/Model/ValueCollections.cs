using System.Collections;

namespace Napsm.Core.Model;

/// <summary>
/// An immutable list with structural equality, so that records holding lists compare by content and survive a round trip.
/// Every list property of the model is backed by one of these, whatever the caller passed in.
/// </summary>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    public static readonly ValueList<T> Empty = new([]);

    private readonly T[] _items;

    private ValueList(T[] items) => _items = items;

    /// <summary>Wraps an array its caller made for this list and never touches again: no copy (hot paths build thousands).</summary>
    internal static ValueList<T> Own(T[] items) => items.Length == 0 ? Empty : new(items);

    public static ValueList<T> From(IEnumerable<T>? items)
    {
        if (items is null) return Empty;
        if (items is ValueList<T> already) return already;
        var array = items.ToArray();
        foreach (var item in array)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(items));
        }

        return array.Length == 0 ? Empty : new ValueList<T>(array);
    }

    public T this[int index] => _items[index];

    public int Count => _items.Length;

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default));

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items) hash.Add(item);
        return hash.ToHashCode();
    }

    public override string ToString() => "[" + string.Join(", ", _items) + "]";
}

/// <summary>
/// An immutable map that keeps the order its entries were given in (so files keep their shape) but compares by content, whatever the order.
/// Keys are compared ordinally.
/// </summary>
internal sealed class ValueMap<TValue> : IReadOnlyDictionary<string, TValue>, IEquatable<ValueMap<TValue>>
{
    public static readonly ValueMap<TValue> Empty = new([], new Dictionary<string, TValue>(StringComparer.Ordinal));

    private readonly KeyValuePair<string, TValue>[] _entries;
    private readonly Dictionary<string, TValue> _lookup;

    private ValueMap(KeyValuePair<string, TValue>[] entries, Dictionary<string, TValue> lookup)
    {
        _entries = entries;
        _lookup = lookup;
    }

    public static ValueMap<TValue> From(IEnumerable<KeyValuePair<string, TValue>>? entries)
    {
        if (entries is null) return Empty;
        if (entries is ValueMap<TValue> already) return already;
        var array = entries.ToArray();
        if (array.Length == 0) return Empty;
        var lookup = new Dictionary<string, TValue>(array.Length, StringComparer.Ordinal);
        foreach (var (key, value) in array)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(entries));
            ArgumentNullException.ThrowIfNull(value, nameof(entries));
            if (!lookup.TryAdd(key, value))
            {
                throw new ArgumentException($"The key \"{key}\" appears twice.", nameof(entries));
            }
        }

        return new ValueMap<TValue>(array, lookup);
    }

    public TValue this[string key] => _lookup[key];

    public IEnumerable<string> Keys => _entries.Select(e => e.Key);

    public IEnumerable<TValue> Values => _entries.Select(e => e.Value);

    public int Count => _entries.Length;

    public bool ContainsKey(string key) => _lookup.ContainsKey(key);

    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TValue value) => _lookup.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, TValue>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _entries.GetEnumerator();

    public bool Equals(ValueMap<TValue>? other)
    {
        if (other is null || other.Count != Count) return false;
        foreach (var (key, value) in _entries)
        {
            if (!other._lookup.TryGetValue(key, out var theirs) || !EqualityComparer<TValue>.Default.Equals(value, theirs)) return false;
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is ValueMap<TValue> other && Equals(other);

    public override int GetHashCode()
    {
        // Order-independent: XOR of entry hashes.
        int hash = Count;
        foreach (var (key, value) in _entries) hash ^= HashCode.Combine(StringComparer.Ordinal.GetHashCode(key), value);
        return hash;
    }

    public override string ToString() => "{" + string.Join(", ", _entries.Select(e => $"{e.Key}: {e.Value}")) + "}";
}
