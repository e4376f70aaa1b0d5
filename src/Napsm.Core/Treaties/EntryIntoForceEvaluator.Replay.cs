using System.Globalization;
using Napsm.Core.Model;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Treaties;

/// <summary>The replay of a treaty's ratification history up to a date: who stands where, since when the rule is met, what does not fit.</summary>
internal sealed partial class EntryIntoForceEvaluator
{
    private const int None = 0, Ratified = 1, Revoked = 2, Withdrawn = 3;

    /// <summary>A replayed history: each party's state (by game voter), the standing ratifications as bits, and the rule's course.</summary>
    private readonly record struct History(List<RatificationProblem> Problems, int[] State, ulong[] Bits, LocalDate? MetSince, LocalDate? InForce, bool Met);


    /// <summary>
    /// Applies the ratification events dated on or before <paramref name="asOf"/> in date order (same-day events in their listed order),
    /// noting the date the rule became met and, once its delay, <c>notBefore</c> and requirements allow, the date it entered into force.
    /// </summary>
    private History Replay(Treaty treaty, VotingGame game, LocalDate asOf, HashSet<string> visiting)
    {
        int n = game.Count;
        int treatyIndex = _treaties.TryGetValue(treaty.Id, out var ti) && ReferenceEquals(ti.Treaty, treaty) ? ti.Index : _design.Treaties.ToList().IndexOf(treaty);
        var pointer = treatyIndex >= 0 ? Kernel.DesignPointers.Treaty(treatyIndex) : "";
        var problems = new List<RatificationProblem>();

        // Events in date order (stable: same-day events keep their listed order).
        var events = new List<(Ratification Event, int Index, int Party)>(treaty.Ratifications.Count);
        LocalDate? previous = null;
        for (int i = 0; i < treaty.Ratifications.Count; i++)
        {
            var r = treaty.Ratifications[i];
            int party = game.IndexOf(r.Member);
            if (party < 0)
            {
                problems.Add(new RatificationProblem(RatificationProblemKind.NotAParty, treaty.Id, r, $"{pointer}/ratifications/{i}"));
                continue;
            }

            if (previous is { } p && r.Date < p)
            {
                problems.Add(new RatificationProblem(RatificationProblemKind.OutOfOrder, treaty.Id, r, $"{pointer}/ratifications/{i}") { ListedAfter = p });
            }

            if (r.Kind == RatificationKind.Ratified && treaty.OpenedForSignature is { } opened && r.Date < opened)
            {
                problems.Add(new RatificationProblem(RatificationProblemKind.BeforeOpening, treaty.Id, r, $"{pointer}/ratifications/{i}") { OpenedForSignature = opened });
            }

            previous = r.Date;
            events.Add((r, i, party));
        }

        events.Sort((a, b) => a.Event.Date != b.Event.Date ? a.Event.Date.CompareTo(b.Event.Date) : a.Index.CompareTo(b.Index));

        var eif = treaty.EntryIntoForce;
        var state = new int[n];
        var bits = game.NewBits();
        LocalDate? metSince = null;
        LocalDate? inForce = null;
        bool met = false;
        int k = 0;
        while (k < events.Count && events[k].Event.Date <= asOf)
        {
            var date = events[k].Event.Date;
            if (inForce is null && metSince is { } since && EntryDate(eif, treaty, since) is { } entry && entry <= date && !RequiresPending(treaty, entry, visiting))
            {
                inForce = entry;
            }

            for (; k < events.Count && events[k].Event.Date == date; k++)
            {
                var (r, index, party) = events[k];
                int before = state[party];
                bool fits = r.Kind switch
                {
                    RatificationKind.Ratified => before != Ratified,
                    RatificationKind.Revoked => before == Ratified,
                    _ => before == Ratified,
                };
                if (!fits)
                {
                    problems.Add(new RatificationProblem(RatificationProblemKind.DoesNotFitHistory, treaty.Id, r, $"{pointer}/ratifications/{index}")
                    {
                        Standing = before switch
                        {
                            Ratified => RatificationKind.Ratified,
                            Revoked => RatificationKind.Revoked,
                            Withdrawn => RatificationKind.Withdrawn,
                            _ => null,
                        },
                    });
                }

                state[party] = r.Kind switch
                {
                    RatificationKind.Ratified => Ratified,
                    RatificationKind.Revoked => Revoked,
                    _ => Withdrawn,
                };
                if (state[party] == Ratified) bits[party >> 6] |= 1UL << (party & 63);
                else bits[party >> 6] &= ~(1UL << (party & 63));
            }

            met = game.IsWinning(bits);
            if (!met) metSince = null;
            else metSince ??= date;
        }

        if (inForce is null && metSince is { } s && EntryDate(eif, treaty, s) is { } last && last <= asOf && !RequiresPending(treaty, last, visiting))
        {
            inForce = last;
        }

        // Whether the rule holds with no events at all (a rule that nobody needs to ratify).
        if (events.Count == 0 || events[0].Event.Date > asOf)
        {
            met = game.IsWinning(bits);
        }

        return new History(problems, state, bits, metSince, inForce, met);
    }
}
