using System.Buffers;
using System.Runtime.CompilerServices;

namespace Napsm.Core.Voting;

/// <summary>
/// Scratch arrays from the shared pool, so that repeated analyses reuse the large counting tables instead of allocating them each time.
/// A rented array may be longer than asked for; its first <c>length</c> elements are zero.
/// </summary>
internal static class Pooled
{
    public static T[] Rent<T>(int length)
    {
        var a = ArrayPool<T>.Shared.Rent(Math.Max(1, length));
        Array.Clear(a, 0, length);
        return a;
    }

    public static void Return<T>(T[]? a)
    {
        if (a is { Length: > 1 }) ArrayPool<T>.Shared.Return(a, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
    }
}

/// <summary>A growable list of ints on pooled storage, for diagram nodes; <see cref="Dispose"/> gives the storage back.</summary>
internal sealed class IntList : IDisposable
{
    private int[] _items = Pooled.Rent<int>(64);

    public int Count { get; private set; }

    public int this[int index] => _items[index];

    public void Add(int value)
    {
        if (Count == _items.Length)
        {
            var bigger = ArrayPool<int>.Shared.Rent(_items.Length * 2);
            Array.Copy(_items, bigger, Count);
            Pooled.Return(_items);
            _items = bigger;
        }

        _items[Count++] = value;
    }

    public void Dispose()
    {
        Pooled.Return(_items);
        _items = [0];
        Count = 0;
    }
}
