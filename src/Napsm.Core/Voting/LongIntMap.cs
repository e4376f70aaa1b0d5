namespace Napsm.Core.Voting;

/// <summary>An open-addressing hash map from non-negative 64-bit keys to ints (linear probing); the diagrams' unique and memo tables.</summary>
internal sealed class LongIntMap
{
    private long[] _keys;
    private int[] _values;
    private int _count;
    private int _mask;

    public LongIntMap(int capacity = 16)
    {
        int size = 16;
        while (size < capacity * 2) size <<= 1;
        _keys = new long[size];
        _values = new int[size];
        Array.Fill(_keys, -1L);
        _mask = size - 1;
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
        _keys = new long[keys.Length * 2];
        _values = new int[keys.Length * 2];
        Array.Fill(_keys, -1L);
        _mask = _keys.Length - 1;
        _count = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i] != -1) Add(keys[i], values[i]);
        }
    }
}
