using Napsm.Core.Model;

namespace Napsm.Core.Testing;

/// <summary>Everything a design refers to, as <c>kind:id</c> keys, so shrinking can drop only what nothing uses.</summary>
internal static class References
{
    public static HashSet<string> Of(Design d)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        void Member(string? id)
        {
            if (id is not null && id != "*") used.Add("member:" + id);
        }

        void Source(string? id)
        {
            if (id is not null) used.Add("source:" + id);
        }

        void Rule(DecisionRule rule)
        {
            switch (rule)
            {
                case HeadCountRule { Of: { } of }: foreach (var m in of) Member(m); break;
                case WeightedRule { Weights: { } w }: foreach (var m in w.Keys) Member(m); break;
                case VetoRule v: foreach (var m in v.Holders) Member(m); break;
                case AllRule a: foreach (var c in a.Clauses) Rule(c); break;
                case AnyRule a: foreach (var c in a.Clauses) Rule(c); break;
            }
        }

        void Element(ElementRef r) => used.Add(ElementRef.KindName(r.Kind) + ":" + r.Id);
        void Event(EventRef e) => used.Add(ElementRef.KindName(e.ElementKind) + ":" + e.Id);

        foreach (var s in d.Members)
        {
            Source(s.Source);
            foreach (var a in s.Attributes.Values) Source(a.Source);
        }

        foreach (var b in d.Bodies)
        {
            foreach (var v in b.Voters) Member(v);
            Rule(b.Rule);
            Member(b.Chair);
            if (b.ReportsTo is not null) used.Add("body:" + b.ReportsTo);
            Source(b.Source);
        }

        foreach (var p in d.Principles)
        {
            Source(p.Source);
            foreach (var n in p.Norms) Member(n.Subject);
        }

        foreach (var p in d.Phases)
        {
            foreach (var a in p.After) used.Add("phase:" + a);
            foreach (var r in p.Requires) Element(r);
            Source(p.Source);
            foreach (var c in p.Commitments)
            {
                foreach (var m in c.By.Concat(c.To)) Member(m);
                foreach (var x in c.InExchangeFor) used.Add("commitment:" + x);
                Source(c.Source);
            }
        }

        foreach (var t in d.Treaties)
        {
            foreach (var m in t.Parties) Member(m);
            foreach (var r in t.Requires) Element(r);
            if (t.EntryIntoForce is { } e) Rule(e.Rule);
            foreach (var r in t.Ratifications)
            {
                Member(r.Member);
                Source(r.Source);
            }

            Source(t.Source);
        }

        foreach (var t in d.Timing)
        {
            Event(t.From);
            Event(t.To);
            Source(t.Source);
        }

        return used;
    }
}
