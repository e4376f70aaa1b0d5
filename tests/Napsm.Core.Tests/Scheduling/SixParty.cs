using Napsm.Core.Model;
using NodaTime;

namespace Napsm.Core.Tests.Scheduling;

/// <summary>
/// The 2007 six-party implementation phases as test designs. Facts: "Initial Actions for the Implementation of the Joint
/// Statement", Beijing, 13 February 2007, para II ("within 60 days": shut down and seal Yongbyon; initial 50,000 tons of HFO);
/// "Second-Phase Actions for the Implementation of the Joint Statement", 3 October 2007 (disablement of the three Yongbyon
/// facilities and a complete and correct declaration, both by 31 December 2007) — ROK MOFA summary, as collected in
/// shared/reference/institutions.md §2.1.
/// </summary>
internal static class SixParty
{
    public static readonly string[] Parties = ["cn", "kp", "jp", "kr", "ru", "us"];
    public static readonly string[] Others = ["cn", "jp", "kr", "ru", "us"];

    public static Commitment ShutDown(LocalDate? due = null) =>
        new("shut-down-yongbyon", ["kp"], "shut down and seal the Yongbyon facility") { Within = Period.FromDays(60), Due = due, InExchangeFor = ["hfo-50k"] };

    public static Commitment Hfo() =>
        new("hfo-50k", Others, "initial shipment of 50,000 tons of heavy fuel oil") { Within = Period.FromDays(60), InExchangeFor = ["shut-down-yongbyon"] };

    public static Design Build(Commitment? shutDown = null, Action<DesignBuilder>? more = null)
    {
        var b = Design.Create("six-party-2007", "Six-party implementation phases, 2007");
        foreach (var p in Parties) b.Member(p, p);
        b.Phase("initial-actions", "Initial Actions (13 February 2007)", p => p
            .Window(start: new LocalDate(2007, 2, 13), within: Period.FromDays(60))
            .Commitment(shutDown ?? ShutDown())
            .Commitment(Hfo()));
        b.Phase("second-phase", "Second-Phase Actions (3 October 2007)", p => p
            .After("initial-actions")
            .Window(start: new LocalDate(2007, 10, 3), end: new LocalDate(2007, 12, 31))
            .Commitment("disable-yongbyon", ["kp"], "disable the 5 MW(e) reactor, the reprocessing plant and the fuel rod fabrication facility", new LocalDate(2007, 12, 31))
            .Commitment("declaration", ["kp"], "a complete and correct declaration of all nuclear programs", new LocalDate(2007, 12, 31)));
        more?.Invoke(b);
        return b.Build();
    }
}
