using Napsm.Core.Model;
using Napsm.Core.Scheduling;

namespace Napsm.Core.Validation.Rules;

// Degenerate inputs that load but mean little (issue #20): a one-voter body, dates the calendar cannot hold, events recorded after
// the design's as-of date.

/// <summary>NAPSM0205: a body with exactly one voter (each member counted once; NAPSM0106 reports the repetitions).</summary>
internal sealed class SingleVoterRule() : BuiltInRule(BuiltIn.NAPSM0205)
{
    public override void Analyze(ValidationContext context)
    {
        var d = context.Design;
        for (int i = 0; i < d.Bodies.Count; i++)
        {
            var voters = d.Bodies[i].Voters;
            if (voters.Count == 0 || voters.Any(v => v != voters[0])) continue;
            context.Report(Diagnostic.Create(BuiltIn.NAPSM0205, Pointers.Body(i) + "/voters", Describe.Body(d.Bodies[i]), Pointers.Quote(voters[0])).NamingMembers(voters[0]));
        }
    }
}

/// <summary>NAPSM0408: an event's earliest or latest date beyond the calendar's range, at the bound that crosses its edge.</summary>
internal sealed class DateBeyondCalendarRule() : BuiltInRule(BuiltIn.NAPSM0408)
{
    public override void Analyze(ValidationContext context)
    {
        foreach (var b in context.Schedule.BeyondCalendar)
        {
            var edge = b.AfterLastDate
                ? "after " + Kernel.IsoDate.Format(Kernel.IsoDate.Last)
                : "before " + Kernel.IsoDate.Format(Kernel.IsoDate.First);
            context.Report(Diagnostic.Create(BuiltIn.NAPSM0408, b.Because.At, b.Bound == ScheduleBound.Earliest ? "earliest" : "latest",
                "'" + b.Event + "'", edge, Wording.Of(b.Because)));
        }
    }
}

/// <summary>NAPSM0507: a ratification, revocation or withdrawal dated after the design's <c>asOf</c>.</summary>
internal sealed class EventAfterAsOfRule() : BuiltInRule(BuiltIn.NAPSM0507)
{
    public override void Analyze(ValidationContext context)
    {
        var d = context.Design;
        if (d.AsOf is not { } asOf) return; // without a stated date, no recorded event is in the design's future
        for (int i = 0; i < d.Treaties.Count; i++)
        {
            var t = d.Treaties[i];
            for (int k = 0; k < t.Ratifications.Count; k++)
            {
                var r = t.Ratifications[k];
                if (r.Date <= asOf) continue;
                var what = r.Kind switch
                {
                    RatificationKind.Revoked => "a revocation",
                    RatificationKind.Withdrawn => "a withdrawal",
                    _ => "the ratification",
                };
                context.Report(Diagnostic.Create(BuiltIn.NAPSM0507, Pointers.Index(Pointers.Treaty(i) + "/ratifications", k) + "/date",
                    Describe.Treaty(t), what, Pointers.Quote(r.Member), Kernel.IsoDate.Format(r.Date), Kernel.IsoDate.Format(asOf)).NamingMembers(r.Member));
            }
        }
    }
}
