namespace Napsm.Core.Voting;

/// <summary>
/// An open-addressing hash map from non-negative 64-bit keys to ints (linear probing); the diagrams' unique and memo tables. Its storage
/// comes from the shared array pool: <see cref="Dispose"/> gives it back, after which the map must not be used.
/// </summary>
internal sealed class LongIntMap : IDisposable
{
    private long[] _keys;
    private int[] _values;
    private int _count;
    private int _mask;

    public LongIntMap(int capacity = 16)
    {
        int size = 16;
        while (size < capacity * 2) size <<= 1;
        (_keys, _values) = Storage(size);
        _mask = _keys.Length - 1;
    }

    // The shared pool hands out exactly the power-of-two length asked for (size is one, at least 16).
    private static (long[] Keys, int[] Values) Storage(int size)
    {
        var keys = System.Buffers.ArrayPool<long>.Shared.Rent(size);
        var values = System.Buffers.ArrayPool<int>.Shared.Rent(keys.Length);
        Array.Fill(keys, -1L);
        return (keys, values);
    }

    public void Dispose()
    {
        Pooled.Return(_keys);
        Pooled.Return(_values);
        _keys = [-1L];
        _values = [0];
        _mask = 0;
        _count = 0;
    }

    public int Count => _count;

    private static int Hash(long key)
    {
        ulong h = unchecked((ulong)key * 0x9E3779B97F4A7C15UL);
        return (int)(h >> 32);
    }

    public bool TryGetValue(long key, out int value)
    {
        int i = Hash(key) & _mask;
        while (true)
        {
            long k = _keys[i];
            if (k == key)
            {
                value = _values[i];
                return true;
            }

            if (k == -1)
            {
                value = 0;
                return false;
            }

            i = (i + 1) & _mask;
        }
    }

    public void Clear()
    {
        if (_count == 0) return;
        Array.Fill(_keys, -1L);
        _count = 0;
    }

    public void Add(long key, int value)
    {
        if ((_count + 1) * 2 > _keys.Length) Grow();
        int i = Hash(key) & _mask;
        while (_keys[i] != -1 && _keys[i] != key) i = (i + 1) & _mask;
        if (_keys[i] == -1) _count++;
        _keys[i] = key;
        _values[i] = value;
    }

    private void Grow()
    {
        var keys = _keys;
        var values = _values;
        (_keys, _values) = Storage(keys.Length * 2);
        _mask = _keys.Length - 1;
        _count = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i] != -1) Add(keys[i], values[i]);
        }

        Pooled.Return(keys);
        Pooled.Return(values);
    }
}
