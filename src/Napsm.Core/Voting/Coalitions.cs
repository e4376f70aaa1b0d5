namespace Napsm.Core.Voting;

/// <summary>Lazy enumeration of minimal coalitions of a monotone predicate over voter bit sets.</summary>
internal static class Coalitions
{
    /// <summary>
    /// Every minimal set S with <paramref name="wins"/>(S), in lexicographic order of voter indices (voters included first). Branch and bound:
    /// a partial coalition is dropped as soon as adding every undecided voter still loses, and completed as soon as it wins.
    /// </summary>
    public static IEnumerable<int[]> Minimal(int n, Func<ulong[], bool> wins, CancellationToken cancel)
    {
        int words = Math.Max(1, (n + 63) / 64);
        var current = new ulong[words];
        var probe = new ulong[words];
        var members = new List<int>();

        bool Possible(int next)
        {
            Array.Copy(current, probe, words);
            for (int i = next; i < n; i++) probe[i >> 6] |= 1UL << (i & 63);
            return wins(probe);
        }

        bool IsMinimal()
        {
            foreach (var i in members)
            {
                current[i >> 6] &= ~(1UL << (i & 63));
                bool still = wins(current);
                current[i >> 6] |= 1UL << (i & 63);
                if (still) return false;
            }

            return true;
        }

        IEnumerable<int[]> Walk(int next)
        {
            cancel.ThrowIfCancellationRequested();
            if (wins(current))
            {
                if (IsMinimal()) yield return members.ToArray();
                yield break;
            }

            if (next >= n || !Possible(next)) yield break;

            current[next >> 6] |= 1UL << (next & 63);
            members.Add(next);
            foreach (var c in Walk(next + 1)) yield return c;
            members.RemoveAt(members.Count - 1);
            current[next >> 6] &= ~(1UL << (next & 63));
            foreach (var c in Walk(next + 1)) yield return c;
        }

        return Walk(0);
    }
}
