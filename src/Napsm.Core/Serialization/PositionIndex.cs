using System.Collections.Concurrent;
using Napsm.Core.Kernel;

namespace Napsm.Core.Serialization;

/// <summary>
/// Where every value and property name of a JSON document starts, as a tree of nodes in document order, looked up by JSON pointer.
/// It replaces a dictionary keyed by a pointer string per token: a 100,000-phase design has half a million values, and building
/// their pointers cost more than reading the file. Immutable after <see cref="Builder.Build"/> except for the member dictionaries of
/// large objects, which are built on first lookup and published through a concurrent dictionary, so lookups are thread-safe.
/// </summary>
internal sealed class PositionIndex
{
    /// <summary>Objects with more members than this get a dictionary on first lookup; smaller ones are searched in place.</summary>
    internal const int LinearLimit = 8;

    /// <summary>One value. <see cref="Name"/> is the property name for an object member (never null then) and null otherwise.</summary>
    private struct Node
    {
        public int Line;
        public int Column;
        public int NameLine;
        public int NameColumn;
        public string? Name;
        public int FirstChild;
        public int ChildCount;
    }

    // Nodes are stored in chunks small enough to stay off the large-object heap, so a growing index never copies what it has.
    private const int ChunkBits = 11;
    private const int ChunkSize = 1 << ChunkBits;

    private readonly Node[][] _chunks;
    private readonly int[] _children;
    private ConcurrentDictionary<int, Dictionary<string, int>>? _members;

    private PositionIndex(Node[][] chunks, int[] children)
    {
        _chunks = chunks;
        _children = children;
    }

    private ref Node At(int node) => ref _chunks[node >> ChunkBits][node & (ChunkSize - 1)];

    /// <summary>Finds the value at a pointer or, when the document has no such value, the nearest enclosing one.</summary>
    /// <param name="pointer">An RFC 6901 pointer; one that does not start with '/' (other than "") resolves to the whole document, not exactly.</param>
    /// <param name="exact">Whether the whole pointer was found.</param>
    /// <returns>The value's position, and the position of its property name when it is an object member (else the value's).</returns>
    public ((int Line, int Column) Value, (int Line, int Column) Name, bool IsMember) Resolve(string pointer, out bool exact)
    {
        ref readonly var n = ref At(Walk(pointer, out exact));
        return ((n.Line, n.Column), n.Name is null ? (n.Line, n.Column) : (n.NameLine, n.NameColumn), n.Name is not null);
    }

    /// <summary>The line and column of the value at a pointer, or of the nearest enclosing value.</summary>
    public (int Line, int Column) Locate(string pointer) => Resolve(pointer, out _).Value;

    /// <summary>For a load error: the property name's position when <paramref name="atName"/> and the pointer names an object member exactly, else the value's (or the nearest enclosing value's).</summary>
    public (int Line, int Column) Position(string pointer, bool atName)
    {
        var (value, name, isMember) = Resolve(pointer, out bool exact);
        return atName && exact && isMember ? name : value;
    }

    /// <summary>The pointer of the last value in document order (the deepest last member or element), built only when an error needs it.</summary>
    public string LastValuePointer()
    {
        var sb = new System.Text.StringBuilder();
        int node = 0;
        while (At(node).ChildCount > 0)
        {
            int k = At(node).ChildCount - 1;
            int child = _children[At(node).FirstChild + k];
            sb.Append('/');
            if (At(child).Name is { } name) sb.Append(JsonPointers.Escape(name));
            else sb.Append(k.ToString(System.Globalization.CultureInfo.InvariantCulture));
            node = child;
        }

        return sb.ToString();
    }

    private int Walk(string pointer, out bool exact)
    {
        exact = pointer.Length == 0;
        // A pointer must start with '/'; anything else is not in the document, whose nearest enclosing value is the root.
        if (pointer.Length == 0 || pointer[0] != '/') return 0;
        int node = 0;
        int start = 1;
        Span<char> buffer = stackalloc char[128];
        while (true)
        {
            int end = pointer.IndexOf('/', start);
            if (end < 0) end = pointer.Length;
            var segment = pointer.AsSpan(start, end - start);
            int child = Child(node, segment, buffer);
            if (child < 0) return node;
            node = child;
            if (end == pointer.Length)
            {
                exact = true;
                return node;
            }

            start = end + 1;
        }
    }

    private int Child(int node, ReadOnlySpan<char> segment, Span<char> buffer)
    {
        ref readonly var n = ref At(node);
        if (n.ChildCount == 0) return -1;
        var children = _children.AsSpan(n.FirstChild, n.ChildCount);
        if (At(children[0]).Name is null)
        {
            // An array: the segment must be a canonical non-negative index ("0", "17"; not "01", "-1", "+1").
            return TryIndex(segment, out int index) && index < children.Length ? children[index] : -1;
        }

        if (segment.Contains('~'))
        {
            var target = segment.Length <= buffer.Length ? buffer : new char[segment.Length];
            int length = Unescape(segment, target);
            if (length < 0) return -1;
            segment = target[..length];
        }

        if (children.Length <= LinearLimit)
        {
            foreach (int c in children)
            {
                if (segment.SequenceEqual(At(c).Name.AsSpan())) return c;
            }

            return -1;
        }

        var members = LazyInitializer.EnsureInitialized(ref _members, () => new ConcurrentDictionary<int, Dictionary<string, int>>());
        var map = members.GetOrAdd(node, static (key, self) => self.MembersOf(key), this);
        return map.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(segment, out int found) ? found : -1;
    }

    private Dictionary<string, int> MembersOf(int node)
    {
        ref readonly var n = ref At(node);
        var map = new Dictionary<string, int>(n.ChildCount, StringComparer.Ordinal);
        foreach (int c in _children.AsSpan(n.FirstChild, n.ChildCount)) map.Add(At(c).Name!, c);
        return map;
    }

    private static bool TryIndex(ReadOnlySpan<char> segment, out int index)
    {
        index = 0;
        if (segment.IsEmpty || segment.Length > 10 || (segment[0] == '0' && segment.Length > 1)) return false;
        long value = 0;
        foreach (char c in segment)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = (value * 10) + (c - '0');
        }

        if (value > int.MaxValue) return false;
        index = (int)value;
        return true;
    }

    /// <summary>RFC 6901: "~1" is '/', "~0" is '~'; any other '~' makes the segment match no name. Returns the length, or −1.</summary>
    private static int Unescape(ReadOnlySpan<char> segment, Span<char> target)
    {
        int length = 0;
        for (int i = 0; i < segment.Length; i++)
        {
            char c = segment[i];
            if (c == '~')
            {
                if (i + 1 >= segment.Length) return -1;
                char next = segment[++i];
                if (next == '0') c = '~';
                else if (next == '1') c = '/';
                else return -1;
            }

            target[length++] = c;
        }

        return length;
    }

    /// <summary>Collects nodes while the scanner reads, in document order; a container's children are filed when it closes.</summary>
    internal sealed class Builder
    {
        private Node[][] _chunks = new Node[16][];
        private int _count;
        private int[] _children = new int[256];
        private int _childCount;
        private int[] _pending = new int[64];
        private int _pendingCount;

        /// <summary>The number of pending children, recorded by a container when it opens.</summary>
        public int PendingCount => _pendingCount;

        public string? NameOfPending(int pendingIndex) => At(_pending[pendingIndex]).Name;

        public (int Line, int Column) NamePositionOfPending(int pendingIndex)
        {
            ref readonly var n = ref At(_pending[pendingIndex]);
            return (n.NameLine, n.NameColumn);
        }

        private ref Node At(int node) => ref _chunks[node >> ChunkBits][node & (ChunkSize - 1)];

        /// <summary>Adds a value; <paramref name="isChild"/> is false only for the root.</summary>
        public int Add(int line, int column, string? name, int nameLine, int nameColumn, bool isChild)
        {
            int index = _count++;
            int chunk = index >> ChunkBits;
            if (chunk == _chunks.Length) Array.Resize(ref _chunks, _chunks.Length * 2);
            // The first chunk starts small: most designs have a few hundred values.
            if (_chunks[chunk] is null) _chunks[chunk] = new Node[chunk == 0 ? 256 : ChunkSize];
            else if (chunk == 0 && index == _chunks[0].Length) Array.Resize(ref _chunks[0], Math.Min(ChunkSize, index * 2));
            _chunks[chunk][index & (ChunkSize - 1)] = new Node { Line = line, Column = column, Name = name, NameLine = nameLine, NameColumn = nameColumn };
            if (isChild)
            {
                if (_pendingCount == _pending.Length) Array.Resize(ref _pending, _pending.Length * 2);
                _pending[_pendingCount++] = index;
            }

            return index;
        }

        /// <summary>Files the children a container collected since it opened (at <paramref name="pendingStart"/>).</summary>
        public void Close(int node, int pendingStart)
        {
            int n = _pendingCount - pendingStart;
            if (_childCount + n > _children.Length) Array.Resize(ref _children, Math.Max(_children.Length * 2, _childCount + n));
            Array.Copy(_pending, pendingStart, _children, _childCount, n);
            At(node).FirstChild = _childCount;
            At(node).ChildCount = n;
            _childCount += n;
            _pendingCount = pendingStart;
        }

        public PositionIndex Build() => new(_chunks, _children);
    }
}
